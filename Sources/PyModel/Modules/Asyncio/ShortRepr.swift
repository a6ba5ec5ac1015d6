/// `reprlib.repr` as asyncio uses it to show a callback's arguments in its logs: strings and other objects
/// cut to 30 characters around "...", ints to 40, lists and tuples to 6 items (nested 6 levels), dicts to 4.
extension VM {
    func shortRepr(_ v: PyValue, level: Int = 6) -> String {
        switch v {
        case .int:
            return cut((try? repr(v)) ?? "?", 40)
        case .object(let s as PyStr):
            let head = String(s.value.prefix(30))
            let text = strRepr(head)
            guard text.count > 30 else { return text }
            let i = (30 - 3) / 2, j = 30 - 3 - i
            let joined = strRepr(String(s.value.prefix(i)) + String(s.value.suffix(j)))
            return String(joined.prefix(i)) + "..." + String(joined.suffix(j))
        case .object(let t as PyTuple):
            if t.items.count == 1 { return "(" + shortRepr(t.items[0], level: level - 1) + ",)" }
            return sequence(t.items, "(", ")", level)
        case .object(let l as PyList):
            return sequence(l.items, "[", "]", level)
        case .object(let d as PyDict) where d.type === BT.dict:
            if d.storage.isEmpty { return "{}" }
            if level <= 0 { return "{...}" }
            var parts: [String] = []
            for (k, value) in d.storage.prefix(4) {
                parts.append(shortRepr(k.value, level: level - 1) + ": " + shortRepr(value, level: level - 1))
            }
            if d.storage.count > 4 { parts.append("...") }
            return "{" + parts.joined(separator: ", ") + "}"
        default:
            return cut((try? repr(v)) ?? "?", 30)
        }
    }

    private func sequence(_ items: [PyValue], _ open: String, _ close: String, _ level: Int) -> String {
        if items.isEmpty { return open + close }
        if level <= 0 { return open + "..." + close }
        var parts = items.prefix(6).map { shortRepr($0, level: level - 1) }
        if items.count > 6 { parts.append("...") }
        return open + parts.joined(separator: ", ") + close
    }

    private func cut(_ text: String, _ limit: Int) -> String {
        guard text.count > limit else { return text }
        let i = max(0, (limit - 3) / 2), j = max(0, limit - 3 - i)
        return String(text.prefix(i)) + "..." + String(text.suffix(j))
    }
}
