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
        "mile" | "miles" | "mi" => "mi",
        "lb" | "lbs" => "lb",
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

/// The dimension of a measure unit and its factor to the dimension's base unit (metre,
/// square metre, kilogram, km/h, litre), so that "45 miles" and "72 km" compare.
/// Temperatures are converted by [`to_base`].
pub fn dimension(unit: &str) -> Option<(&'static str, f64)> {
    Some(match unit {
        "mm" => ("length", 0.001),
        "cm" => ("length", 0.01),
        "m" => ("length", 1.0),
        "km" => ("length", 1000.0),
        "mi" => ("length", 1609.344),
        "ft" => ("length", 0.3048),
        "in" => ("length", 0.0254),
        "g" => ("mass", 0.001),
        "kg" => ("mass", 1.0),
        "t" => ("mass", 1000.0),
        "lb" => ("mass", 0.453_592_37),
        "acre" => ("area", 4_046.856_422_4),
        "ha" => ("area", 10_000.0),
        "km2" => ("area", 1e6),
        "sqmi" => ("area", 2_589_988.11),
        "mph" => ("speed", 1.609_344),
        "km/h" => ("speed", 1.0),
        "ml" => ("volume", 0.001),
        "l" => ("volume", 1.0),
        "°C" | "°F" => ("temperature", 1.0),
        _ => return None,
    })
}

/// A value in `unit` converted to its dimension's base unit.
pub fn to_base(unit: &str, v: f64) -> f64 {
    match unit {
        "°F" => (v - 32.0) * 5.0 / 9.0,
        _ => dimension(unit).map_or(v, |(_, f)| v * f),
    }
}

#[cfg(test)]
mod conversion_tests {
    use super::*;

    #[test]
    fn conversions_to_the_base_unit() {
        assert!((to_base("mi", 28.0) / 1000.0 - 45.06).abs() < 0.01);
        assert!((to_base("acre", 12_400.0) / 10_000.0 - 5018.0).abs() < 1.0);
        assert!((to_base("°F", 212.0) - 100.0).abs() < 1e-9);
        assert_eq!(dimension("ft").map(|d| d.0), Some("length"));
        assert_eq!(dimension("USD"), None);
    }
}
