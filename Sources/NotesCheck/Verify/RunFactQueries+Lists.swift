/// Printed Python lists: the one list a run prints, its first item, its order against the calls behind it.
extension RunFactQueries {
    /// The printed lines holding a Python list, with its items.
    func printedLists() -> [(index: Int, items: [String])] {
        run.lines.indices.compactMap { index in
            PythonList.items(in: run.lines[index].text).map { (index, $0) }
        }
    }

    func listStarts(_ item: String, completionOrder: Bool) -> Truth {
        let lists = printedLists()
        guard lists.count == 1, let list = lists.first, let first = list.items.first else {
            return .unknown("\(label) prints \(lists.count) lists, not one")
        }
        guard Self.same(first, item) else {
            return .fails("in \(label), the list \(at(list.index)) starts with \(first), not \(item)")
        }
        guard completionOrder else { return .holds("in \(label), the list \(at(list.index)) starts with \(first)") }
        let ends = list.items.map { completion(ofCallWith: $0) }
        guard ends.allSatisfy({ $0 != nil }) else {
            return .unknown("the list \(at(list.index)) starts with \(first), but its items cannot all be matched to single calls to tell their completion order")
        }
        let times = ends.compactMap { $0 }
        let sorted = zip(times, times.dropFirst()).allSatisfy { $0 <= $1 }
        let described = zip(list.items, times).map { "\($0.0) at \(formatSeconds($0.1.seconds))" }.joined(separator: ", ")
        return .from(sorted, "in \(label), the calls behind the list \(at(list.index)) finish: \(described)")
    }

    /// The end of the one call whose arguments hold `item` as a string literal.
    func completion(ofCallWith item: String) -> Moment? {
        let bare = Self.unquoted(item)
        let sites = facts.callSites.filter { $0.arguments.contains("\"\(bare)\"") || $0.arguments.contains("'\(bare)'") }
        guard sites.count == 1, let site = sites.first else { return nil }
        let spans = run.calls.filter { Binder.sameFunction($0.function, site.function) && $0.line == site.line && ($0.column == 0 || $0.column == site.column) }
        guard spans.count == 1 else { return nil }
        return spans.first?.end
    }

    func printedList(_ list: String) -> Truth {
        guard let items = PythonList.items(in: list) else { return .unknown("\(quoted(list)) is not a list") }
        if let found = printedLists().first(where: { $0.items.count == items.count && zip($0.items, items).allSatisfy { Self.same($0.0, $0.1) } }) {
            return .holds("in \(label), \(at(found.index))")
        }
        return reordered(list) ?? .unknown("\(label) never prints \(quoted(list)); the value may be one the snippet never prints")
    }

    /// The claim's list is contradicted when the run prints exactly one list with the same items in another order.
    func reordered(_ literal: String?) -> Truth? {
        guard let literal, let items = PythonList.items(in: literal), items.count >= 2 else { return nil }
        let key = { (list: [String]) in list.map { Self.unquoted($0).lowercased() }.sorted() }
        let same = printedLists().filter { key($0.items) == key(items) }
        guard same.count == 1, let found = same.first,
              !zip(found.items, items).allSatisfy({ Self.same($0.0, $0.1) }) else { return nil }
        return .fails("in \(label), the list is \(at(found.index)): the same items in another order than \(quoted(literal))")
    }
}
