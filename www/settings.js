// @ts-check
// The Settings view: rule switches and severities, house style, never-flag names, the
// dismissed findings, and the settings as JSON (the format of `factcheck --config`).
// Dismissals "everywhere" are the config's `ignore`, kept in that format; the page
// applies them itself (dismissals.js) so every view can count what they hide, and hands
// the checker the rest of the settings.
import { el } from './render.js';
import { $, field, messageOf, status } from './ui.js';
import { saveDismissals } from './dismissals.js';

/** @typedef {import('./client.js').Config} Config */
/** @typedef {import('./client.js').Rule} Rule */
/** @typedef {import('./client.js').RuleSetting} RuleSetting */
/** @typedef {import('./render.js').Finding} Finding */
/** @typedef {import('./dismissals.js').Ignored} Ignored */

const CONFIG_KEY = 'factcheck.config.v1';

/**
 * Whether a rule is on, and the severity it is given ('' for its default).
 * @param {RuleSetting | undefined} setting
 */
function ruleState(setting) {
  const obj = setting && typeof setting === 'object' ? setting : null;
  const enabled = !(setting === 'off' || setting === false || obj?.enabled === false);
  const sev = typeof setting === 'string' && setting !== 'on' && setting !== 'off' ? setting : obj?.severity || '';
  return { enabled, sev };
}

export class SettingsView {
  /**
   * @param {import('./app.js').Shared} shared
   * @param {(rulesChanged: boolean) => void | Promise<void>} onChange
   */
  constructor(shared, onChange) {
    this.shared = shared;
    this.onChange = onChange;
    /** @type {Config} */
    this.config = {};
    /** @type {Rule[]} */
    this.rules = [];
  }

  /** @param {Rule[]} rules */
  async load(rules) {
    this.rules = rules;
    /** @type {Config} */
    let saved = {};
    try { saved = JSON.parse(localStorage.getItem(CONFIG_KEY) || '{}'); } catch (e) {
      status('The saved settings were unreadable and were not loaded.', { error: true });
    }
    try { await this._set(saved); } catch (e) {
      status(`The saved settings were not valid and were not applied: ${messageOf(e)}`, { error: true });
      await this._set({});
    }
    this.render();
  }

  /**
   * Hands the settings to the checker to validate; `config` becomes its reading of them.
   * The checker then runs without the `ignore` list, which the page applies.
   * @param {Config} next
   */
  async _set(next) {
    const c = this.shared.checker;
    await c.setConfig(next);
    this.config = await c.config();
    await c.setConfig({ ...this.config, ignore: [] });
  }

  /**
   * Applies new settings, saves them, redraws what they change.
   * @param {Config} next
   * @param {boolean} [rulesChanged]
   */
  async apply(next, rulesChanged = true) {
    try { await this._set(next); } catch (e) {
      $('#settings-status').textContent = messageOf(e);
      status(`Settings rejected: ${messageOf(e)}`, { error: true });
      return false;
    }
    try { localStorage.setItem(CONFIG_KEY, JSON.stringify(this.config)); } catch (e) {
      status('Could not save the settings in this browser; they apply to this session only.', { error: true });
    }
    this.render();
    await this.onChange(rulesChanged);
    return true;
  }

  /** @param {Ignored} ig */
  addIgnore(ig) { return this.apply({ ...this.config, ignore: (this.config.ignore || []).concat([ig]) }, false); }

  /** @param {Finding} f */
  removeIgnore(f) {
    const ignore = (this.config.ignore || []).filter((i) => !(i.rule === f.rule && i.text === f.span.text));
    return this.apply({ ...this.config, ignore }, false);
  }

  /** @param {Rule} r */
  _row(r) {
    const { enabled, sev } = ruleState((this.config.rules || {})[r.id]);
    const on = el('input', { type: 'checkbox', checked: enabled, 'data-rule-toggle': r.id, 'aria-label': `${r.id} on` });
    const sel = el('select', { 'data-rule-severity': r.id, 'aria-label': `${r.id} severity` }, ...['', 'error', 'warning', 'info'].map((v) => el('option', { value: v, selected: v === sev }, v || 'default')));
    return el('tr', { 'data-rule': r.id }, el('td', {}, el('span', { class: 'rule-id' }, r.id), el('span', { class: 'rule-desc' }, r.description)), el('td', {}, on), el('td', {}, sel));
  }

  /** The dismissed findings of every scope, each with Restore. */
  _ignored() {
    const ul = $('#ignored');
    ul.replaceChildren();
    (this.config.ignore || []).forEach((ig, k) => {
      const restore = el('button', {}, 'Restore');
      restore.addEventListener('click', () => this.apply({ ...this.config, ignore: (this.config.ignore || []).filter((_, j) => j !== k) }, false));
      ul.append(el('li', {}, el('span', {}, `${ig.rule}: “${ig.text}” (everywhere)`), restore));
    });
    this.shared.dismissals.forEach((d, k) => {
      const restore = el('button', {}, 'Restore');
      restore.addEventListener('click', async () => {
        this.shared.dismissals = this.shared.dismissals.filter((_, j) => j !== k);
        saveDismissals(this.shared.dismissals);
        this.render();
        await this.onChange(false);
      });
      ul.append(el('li', {}, el('span', {}, `${d.rule}: “${d.text}” (${d.scope === 'article' ? 'in one article' : 'one occurrence'})`), restore));
    });
    if (!ul.hasChildNodes()) ul.append(el('li', { class: 'muted' }, 'None.'));
  }

  render() {
    const table = $('#rules');
    table.replaceChildren(el('tr', {}, el('th', {}, 'Rule'), el('th', {}, 'On'), el('th', {}, 'Severity')), ...this.rules.map((r) => this._row(r)));
    field('#house-people').value = (this.config.people || []).map((p) => p.title ? `${p.name} | ${p.title}` : p.name).join('\n');
    field('#never-flag').value = (this.config.neverFlag || []).join('\n');
    this._ignored();
    field('#config-json').value = JSON.stringify(this.config, null, 2);
  }

  /** @returns {Config} */
  fromForm() {
    /** @type {Record<string, RuleSetting>} */
    const rules = {};
    for (const r of this.rules) {
      const on = field(`[data-rule-toggle="${r.id}"]`).checked;
      const sev = field(`[data-rule-severity="${r.id}"]`).value;
      if (!on) rules[r.id] = 'off';
      else if (sev) rules[r.id] = /** @type {RuleSetting} */ (sev);
    }
    /** @param {string} id */
    const lines = (id) => field(id).value.split('\n').map((l) => l.trim()).filter(Boolean);
    const people = lines('#house-people').map((l) => {
      const [name, title] = l.split('|').map((x) => x.trim());
      return title ? { name, title } : { name };
    });
    return { people, rules, ignore: this.config.ignore || [], neverFlag: lines('#never-flag') };
  }

  wire() {
    $('#save-settings').addEventListener('click', async () => {
      if (await this.apply(this.fromForm())) $('#settings-status').textContent = 'Saved.';
    });
    $('#apply-json').addEventListener('click', async () => {
      let next;
      try { next = JSON.parse(field('#config-json').value); } catch (e) {
        $('#settings-status').textContent = 'That is not JSON; nothing changed.';
        return;
      }
      if (await this.apply(next)) $('#settings-status').textContent = 'Applied.';
    });
  }
}
