//! Units: currencies by symbol, code and word ("$", "EUR", "euros"), and measurement
//! units written short or long ("km", "kilometres"), each with its canonical form.

pub fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" | "US$" | "USD" | "usd" | "U.S.$" => "USD",
        "£" | "GBP" | "gbp" => "GBP",
        "€" | "EUR" | "eur" => "EUR",
        "¥" | "JPY" | "jpy" => "JPY",
        "₹" | "INR" | "inr" => "INR",
        "₽" | "RUB" | "rub" => "RUB",
        "₴" | "UAH" | "uah" => "UAH",
        "元" | "CNY" | "cny" | "RMB" | "rmb" => "CNY",
        "₿" | "BTC" | "btc" => "BTC",
        "₩" | "KRW" => "KRW",
        "₺" | "TRY" => "TRY",
        "CHF" | "chf" => "CHF",
        "CAD" | "cad" => "CAD",
        "AUD" | "aud" => "AUD",
        "₡" => "CRC",
        "₾" => "GEL",
        "₭" => "LAK",
        _ => return None,
    })
}

/// Currency codes with an "M" (millions) prefix: "MUSD", "MEUR".
pub fn million_code(raw: &str) -> Option<&'static str> {
    let rest = raw.strip_prefix('M')?;
    if rest.len() == 3 && rest.chars().all(|c| c.is_ascii_uppercase()) {
        currency_symbol(rest)
    } else {
        None
    }
}

/// Currency words after a number ("dollars", "euros", "yen").
pub fn currency_word(w: &str) -> Option<&'static str> {
    Some(match w {
        "dollar" | "dollars" | "usd" | "bucks" => "USD",
        "pound" | "pounds" | "sterling" | "quid" => "GBP",
        "euro" | "euros" => "EUR",
        "yen" => "JPY",
        "yuan" | "renminbi" | "rmb" | "kuai" => "CNY",
        "rupee" | "rupees" => "INR",
        "rouble" | "roubles" | "ruble" | "rubles" => "RUB",
        "hryvnia" | "hryvnias" => "UAH",
        "franc" | "francs" => "CHF",
        "cent" | "cents" => "cent",
        "pence" | "penny" | "pennies" | "p" => "pence",
        "lira" | "liras" => "TRY",
        "peso" | "pesos" => "MXN",
        "won" => "KRW",
        "markka" | "guilders" | "guilder" | "pesetas" | "peseta" => "other",
        "bitcoin" | "bitcoins" => "BTC",
        "satoshi" | "satoshis" => "SAT",
        _ => return None,
    })
}

/// Measurement units, written short or long, and their canonical form.
pub fn measure_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => "mm",
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "g" | "gram" | "grams" => "g",
        "t" | "tonne" | "tonnes" | "ton" | "tons" => "t",
        "mile" | "miles" => "mi",
        "mph" => "mph",
        "kph" | "km/h" => "km/h",
        "ml" | "millilitre" | "millilitres" | "milliliter" | "milliliters" => "ml",
        "l" | "litre" | "litres" | "liter" | "liters" => "l",
        "barrel" | "barrels" | "bpd" => "bbl",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" | "ha" => "ha",
        "mw" | "megawatt" | "megawatts" => "MW",
        "gw" | "gigawatt" | "gigawatts" => "GW",
        "kw" | "kilowatt" | "kilowatts" => "kW",
        "kwh" => "kWh",
        "ft" | "foot" | "feet" => "ft",
        "inch" | "inches" | "in." => "in",
        "sq" => "sq",
        "°c" | "celsius" => "°C",
        "°f" | "fahrenheit" => "°F",
        _ => return None,
    })
}
