//! Words that say what a sum of money or a share is of: the verbs that link a measured
//! thing to its value ("spending reached €1bn", "turnout stood at 61%"), the generic
//! heads that defer to their modifier ("deficit target", "growth forecast"), the
//! denominators a share is taken of ("of GDP"), and the participles of progress ("40%
//! contained"), whose value changes by the hour.

/// Verbs (and their forms) that link a subject to the value it measures: "spending
/// would reach", "turnout stood at", "debt to fall to", "damage was estimated at".
pub fn value_verb(w: &str) -> bool {
    matches!(
        w,
        "reach"
            | "reached"
            | "reaches"
            | "reaching"
            | "stand"
            | "stood"
            | "stands"
            | "standing"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "totals"
            | "totalled"
            | "totaled"
            | "totalling"
            | "hit"
            | "hits"
            | "amount"
            | "amounts"
            | "amounted"
            | "came"
            | "come"
            | "comes"
            | "estimated"
            | "budgeted"
            | "valued"
            | "put"
            | "set"
            | "pegged"
            | "fall"
            | "fell"
            | "falls"
            | "fallen"
            | "drop"
            | "dropped"
            | "drops"
            | "rise"
            | "rose"
            | "rises"
            | "risen"
            | "climb"
            | "climbed"
            | "climbs"
            | "grow"
            | "grew"
            | "grows"
            | "edged"
            | "inflated"
            | "exceed"
            | "exceeded"
            | "exceeds"
            | "top"
            | "topped"
            | "tops"
            | "stay"
            | "stays"
            | "stayed"
            | "remain"
            | "remains"
            | "remained"
            | "cost"
            | "costs"
            | "cut"
            | "raised"
            | "lowered"
            | "reduced"
            | "increased"
            | "trimmed"
    )
}

/// Words inside a verb group between a subject and its value verb or the value:
/// auxiliaries, modals, particles and the verbs of expectation ("is forecast to drop",
/// "had edged up to", "was confirmed at").
pub fn verb_filler(w: &str) -> bool {
    matches!(
        w,
        "would"
            | "will"
            | "could"
            | "should"
            | "may"
            | "might"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "being"
            | "has"
            | "have"
            | "had"
            | "to"
            | "up"
            | "down"
            | "now"
            | "already"
            | "also"
            | "still"
            | "only"
            | "just"
            | "expected"
            | "forecast"
            | "projected"
            | "seen"
            | "confirmed"
            | "set"
            | "likely"
            | "due"
            | "officially"
            | "finally"
    )
}

/// Prepositions between a value verb and its value: "stood at", "fall to", "by".
pub fn value_preposition(w: &str) -> bool {
    matches!(w, "at" | "to" | "by" | "of" | "around" | "about" | "from")
}

/// Heads that say what kind of figure, not what of: "deficit target" is the deficit's,
/// "growth forecast" the growth's, "vote share" the vote's.
pub fn generic_head(w: &str) -> bool {
    matches!(
        w,
        "target"
            | "forecast"
            | "estimate"
            | "projection"
            | "figure"
            | "rate"
            | "level"
            | "total"
            | "value"
            | "amount"
            | "sum"
            | "tally"
            | "share"
            | "ratio"
            | "goal"
            | "bill"
    )
}

word_list!(
    /// Words of a forecast, a target or a plan: the years of its sentence are the years its
    /// figures are for ("forecasts growth of 2.1% in 2026").
    FORECAST_WORDS,
    forecast_word,
    [
        "forecast", "forecasts", "forecasting", "expects", "expected", "projects", "projected",
        "projection", "projections", "predicts", "predicted", "target", "targets", "targeting",
        "targeted", "outlook",
    ]
);

/// Heads that only say a sum is rough, not what it is of: "in the $40 million range",
/// "in the £2bn region".
pub fn rough_head(w: &str) -> bool {
    matches!(
        w,
        "range" | "ballpark" | "region" | "neighbourhood" | "neighborhood" | "vicinity"
    )
}

/// What a share is taken of, not what it measures: "2.3% of GDP" is a deficit's or a
/// debt's share of output.
pub fn denominator(w: &str) -> bool {
    matches!(
        w,
        "gdp" | "output" | "economy" | "income" | "gnp" | "gni" | "turnover" | "revenue"
    )
}

/// Participles of progress: "40% contained", "90% of polling stations reporting"; such
/// a value changes by the hour and is compared only on a named day.
pub fn progress(w: &str) -> bool {
    matches!(
        w,
        "contained"
            | "complete"
            | "completed"
            | "counted"
            | "reporting"
            | "reported"
            | "declared"
            | "vaccinated"
            | "restored"
            | "built"
            | "finished"
            | "done"
    )
}

/// Words of time that name no measured thing ("2.1% next year", "€5bn a year").
pub fn temporal(w: &str) -> bool {
    matches!(
        w,
        "next"
            | "last"
            | "this"
            | "year"
            | "years"
            | "month"
            | "months"
            | "week"
            | "weeks"
            | "day"
            | "days"
            | "quarter"
            | "annually"
            | "yearly"
            | "monthly"
            | "ago"
            | "earlier"
            | "later"
            | "today"
            | "tomorrow"
            | "yesterday"
    ) || super::claims::weekday(w)
}

/// Verbs whose object is a sum of money and say what the sum is: "released $1bn",
/// "pledged €25m", "fined him £400".
pub fn money_verb(w: &str) -> bool {
    matches!(
        w,
        "released"
            | "pledged"
            | "allocated"
            | "earmarked"
            | "raised"
            | "paid"
            | "spent"
            | "invested"
            | "borrowed"
            | "donated"
            | "awarded"
            | "fined"
            | "accepted"
            | "received"
            | "offered"
            | "promised"
            | "granted"
            | "approved"
            | "lent"
            | "loaned"
            | "owed"
            | "seized"
            | "stole"
            | "embezzled"
            | "demanded"
            | "sought"
    )
}

/// Heads whose kinds are different claims, so that their modifier joins the key:
/// "health spending" is not "spending", "private investment" not "public investment".
pub fn divisible_head(w: &str) -> bool {
    matches!(
        w,
        "spending"
            | "expenditure"
            | "budget"
            | "investment"
            | "revenue"
            | "cost"
            | "funding"
            | "aid"
            | "tax"
            | "debt"
            | "deficit"
            | "growth"
            | "sale"
            | "export"
            | "import"
            | "subsidy"
            | "benefit"
            | "saving"
            | "inflation"
            | "unemployment"
    )
}

/// Modifiers that make a price another price: "the offer price" is not "the closing
/// price" ("the contract price" is the price).
pub fn price_kind(w: &str) -> bool {
    matches!(
        w,
        "offer"
            | "closing"
            | "opening"
            | "share"
            | "asking"
            | "purchase"
            | "selling"
            | "sale"
            | "strike"
            | "list"
            | "retail"
            | "wholesale"
            | "ticket"
            | "entry"
    )
}

/// Modifiers that say nothing of which kind: "total spending" is spending.
pub fn plain_modifier(w: &str) -> bool {
    matches!(
        w,
        "total"
            | "overall"
            | "final"
            | "annual"
            | "official"
            | "planned"
            | "proposed"
            | "projected"
            | "estimated"
            | "expected"
            | "new"
            | "current"
            | "latest"
            | "initial"
            | "revised"
            | "full"
            | "whole"
            | "entire"
            | "combined"
            | "record"
            | "hostile"
            | "economic"
            | "the"
    )
}

/// Words that stand for a noun phrase and name nothing measured ("it reached 2%").
pub fn pronoun(w: &str) -> bool {
    matches!(
        w,
        "it" | "they"
            | "he"
            | "she"
            | "we"
            | "i"
            | "you"
            | "this"
            | "that"
            | "which"
            | "who"
            | "what"
            | "there"
            | "its"
            | "them"
            | "one"
    )
}

/// Verbs that come before a measured thing and modify nothing: "expect growth of …".
pub fn leading_verb(w: &str) -> bool {
    w.ends_with("ed")
        || w.ends_with("ing")
        || matches!(
            w,
            "expect"
                | "see"
                | "sees"
                | "forecast"
                | "plan"
                | "want"
                | "need"
                | "target"
                | "predict"
                | "project"
                | "estimate"
                | "put"
                | "set"
                | "report"
        )
}

/// Sums that belong to one person: "bail of $50,000", "his salary". Two people's are
/// never one claim, so such a sum is compared only with its holder named.
pub fn personal_sum(w: &str) -> bool {
    matches!(
        w,
        "bond" | "bail" | "salary" | "wage" | "bonus" | "pay" | "payout" | "severance" | "stipend"
    )
}
