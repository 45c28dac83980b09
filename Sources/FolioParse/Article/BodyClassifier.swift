/// Decides what each paragraph of the article body is: title, heading, paragraph, caption or
/// boilerplate. Rules look at a line's shape, at repetition (a line printed three times under three
/// images is an image title, not news), and at the furniture phrases in `PageFurniture`.
struct BodyClassifier {
    struct Result {
        var title: String
        var kinds: [Block.Kind]
        /// Per segment, the text to show when it differs from the source (HTML tags stripped).
        var texts: [String?]
    }

    /// The most words a line may have to be judged by shape; longer ones are always paragraphs.
    static let shortLine = 25

    static func classify(_ segments: ArraySlice<Segment>, metadataTitle: String?) -> Result {
        var kinds = [Block.Kind](repeating: .paragraph, count: segments.count)
        var texts = [String?](repeating: nil, count: segments.count)
        var keys = [String?](repeating: nil, count: segments.count)
        var wordCounts = [Int](repeating: 0, count: segments.count)
        var repeats: [String: Int] = [:]

        // Shape of each line on its own.
        for (i, segment) in zip(segments.indices, segments).map({ ($0 - segments.startIndex, $1) }) {
            let words = TextScan.wordCount(segment.text, limit: shortLine)
            wordCounts[i] = words
            guard words <= shortLine else { continue }
            let key = TextFold.fold(segment.text)
            keys[i] = key
            repeats[key, default: 0] += 1
            if let element = LineShape.htmlElement(segment.text) {
                texts[i] = element.text
                kinds[i] = element.isCaption ? .caption : (element.text.isEmpty ? .boilerplate : .paragraph)
            } else if LineShape.isFurniture(key: key, words: words) || LineShape.isAmount(segment.text)
                        || LineShape.isDateOnly(key: key) {
                kinds[i] = .boilerplate
            } else if LineShape.isPhotoCredit(segment.text, key: key) || LineShape.isAltText(segment.text, words: words) {
                kinds[i] = .caption
            }
        }

        // The title: the source's own, else the first line that is not furniture.
        let firstText = kinds.firstIndex { $0 != .boilerplate }
        var title = metadataTitle ?? ""
        var titleKey = title.isEmpty ? nil : TextFold.fold(title)
        if let t = firstText {
            if titleKey == nil, wordCounts[t] <= shortLine, kinds[t] == .paragraph || kinds[t] == .heading {
                title = segments[segments.startIndex + t].text
                titleKey = keys[t]
                kinds[t] = .title
            } else if let key = keys[t], key == titleKey {
                kinds[t] = .title
            }
        }

        // Repetition and headings.
        for i in kinds.indices where kinds[i] == .paragraph {
            guard let key = keys[i] else { continue }
            let segment = segments[segments.startIndex + i]
            if key == titleKey {
                kinds[i] = .caption  // the title printed again under an image
            } else if repeats[key, default: 0] >= 2, wordCounts[i] <= 8, LineShape.isHeadline(segment.text, words: max(wordCounts[i], 3)) {
                kinds[i] = .boilerplate
            } else if standsAlone(segments, i), LineShape.isHeadline(segment.text, words: wordCounts[i]) {
                kinds[i] = .heading
            }
        }
        return Result(title: title, kinds: kinds, texts: texts)
    }

    /// Blank lines (or the text's edges) on both sides: a heading is set apart from its paragraphs.
    private static func standsAlone(_ segments: ArraySlice<Segment>, _ i: Int) -> Bool {
        let index = segments.startIndex + i
        let before = i == 0 || segments[index].blankLinesBefore > 0
        let after = index + 1 >= segments.endIndex || segments[index + 1].blankLinesBefore > 0
        return before && after && segments[index].lineCount == 1
    }

    /// A listing of separate stories shows several long headlines; an article's subheadings are few
    /// and short. Returns the stories' headlines, the page's title first, or none.
    static func stories(title: String, segments: ArraySlice<Segment>, kinds: [Block.Kind]) -> [String] {
        let headlines = zip(segments, kinds).filter { $1 == .heading }.map(\.0.text)
        let long = headlines.filter { TextScan.wordCount($0, limit: 7) >= 7 }
        guard long.count >= 2 else { return [] }
        return [title] + headlines
    }
}
