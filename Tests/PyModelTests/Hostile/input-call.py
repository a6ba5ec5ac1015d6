# input() is refused by the sandbox (a run has no stdin)
name = input("name? ")
