# a capture pattern before other cases is a SyntaxError at compile time (nothing runs)
print("never printed: the program does not compile")
command = "stop"
match command:
    case action:
        print("captured", action)
    case "stop":
        print("stop")
