/// Places the news names where a reader knows no one speaks: a sentence whose subject is "Texas"
/// or "Kansas City" ("a Kansas City mother said") passes words on from someone it does not name,
/// and Folio then names no one.
/// Data, to be added to. Folded, as `TextFold` writes them.
enum Places {
    /// The states of the United States.
    static let states: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
        "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota",
        "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
        "tennessee", "texas", "utah", "vermont", "virginia", "west virginia", "wisconsin", "wyoming",
    ]

    static let names: Set<String> = states.union([
        // Continents and regions, which have no government to speak for them (a country's name
        // often stands for its government, "Russia said", and is a speaker).
        "america", "europe", "asia", "africa", "middle east", "the middle east", "earth", "the west",
        // Cities.
        "washington", "new york city", "los angeles", "chicago", "houston", "seattle", "boston", "detroit",
        "atlanta", "miami", "dallas", "denver", "baltimore", "philadelphia", "san francisco", "kansas city",
        "london", "paris", "berlin", "moscow", "kiev", "kyiv", "damascus", "aleppo", "raqqa", "baghdad",
        "tehran", "jerusalem", "beijing", "tokyo", "brussels", "geneva", "rome", "istanbul", "ankara",
    ])
}
