extension VM {
    /// `import name`: a module the model provides, or an `unsupported` stop naming the import and its line.
    func importModule(_ name: String, line: Int) throws -> PyValue {
        if let m = modules[name] { return .object(m) }
        guard let m = ModuleRegistry.make(name, vm: self) else {
            throw RunStop.unsupported("import \(name)", line: line)
        }
        modules[name] = m
        return .object(m)
    }

    /// `from module import name`.
    func importFrom(_ module: PyValue, _ name: String, line: Int) throws -> PyValue {
        guard let m = module.object as? PyModule else { return try getAttr(module, name) }
        if let v = m.namespace[name] { return v }
        let sub = m.name + "." + name
        if ModuleRegistry.make(sub, vm: self) != nil { return try importModule(sub, line: line) }
        if ModuleRegistry.acceptsAnyName(m.name) { return .object(typingPlaceholder(name)) }
        throw RunStop.unsupported("from \(m.name) import \(name)", line: line)
    }
}
