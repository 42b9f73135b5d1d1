// `factcheck --format sarif` validates against the SARIF 2.1.0 JSON schema (vendored in
// tests/data/sarif/ with its licence), with ajv (draft-04, as the schema is) and its formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'target/debug/factcheck');
const schema = JSON.parse(fs.readFileSync(path.join(root, 'tests/data/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Runs factcheck (exit 1 means error findings, not failure) and returns its stdout. */
function factcheck(args, cwd = root) {
  try {
    return execFileSync(bin, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (e.status === 1) return e.stdout;
    throw e;
  }
}

function assertValid(log) {
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors, null, 1));
}

test('check --format sarif is valid SARIF 2.1.0', () => {
  const log = JSON.parse(factcheck(['check', 'tests/data/reports/story.txt', '--format', 'sarif']));
  assertValid(log);
  assert.equal(log.runs[0].results.length, 2);
  assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'tests/data/reports/story.txt');
  // The schema does reject what is not SARIF.
  const broken = structuredClone(log);
  broken.runs[0].results[0].level = 'fatal';
  broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
  assert.equal(validate(broken), false);
});

test('scan --format sarif of the seeds is valid SARIF 2.1.0', () => {
  const log = JSON.parse(factcheck(['scan', '--format', 'sarif']));
  assertValid(log);
  assert.ok(log.runs[0].results.length > 10);
  assert.ok(log.runs[0].results.some((r) => r.relatedLocations?.length), 'evidence as related locations');
});

test('paths with spaces, accents and absolute paths are URI references', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck sarif é-'));
  fs.mkdirSync(path.join(dir, 'desk one'));
  fs.writeFileSync(path.join(dir, 'desk one', 'story #1.txt'), 'Senator Marco Rubio spoke.');
  const log = JSON.parse(factcheck(['check', path.join(dir, 'desk one'), 'desk one/story #1.txt', '--format', 'sarif'], dir));
  assertValid(log);
  const uris = log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
  assert.deepEqual(uris, [`file://${encodeURI(path.join(dir, 'desk one', 'story #1.txt')).replace('#', '%23')}`]);
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a result with a fix stays valid (the shape the CLI writes for a finding with a fix)', () => {
  const log = JSON.parse(factcheck(['check', 'tests/data/reports/story.txt', '--format', 'sarif']));
  const r = log.runs[0].results[0];
  const region = r.locations[0].physicalLocation.region;
  r.fixes ??= [{
    description: { text: 'replace with “Secretary of State”' },
    artifactChanges: [{ artifactLocation: r.locations[0].physicalLocation.artifactLocation, replacements: [{ deletedRegion: { startLine: region.startLine, startColumn: region.startColumn, endLine: region.startLine, endColumn: region.startColumn + 7, byteOffset: region.byteOffset, byteLength: 7 }, insertedContent: { text: 'Secretary of State' } }] }],
  }];
  assertValid(log);
});
