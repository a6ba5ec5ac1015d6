# compile() is refused by the sandbox
code = compile("1 + 1", "<s>", "eval")
