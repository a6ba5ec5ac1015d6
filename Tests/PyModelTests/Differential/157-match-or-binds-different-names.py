# alternatives of an or-pattern must bind the same names: a SyntaxError at compile time
print("never printed")
match (1, 2):
    case (x, 1) | (1, y):
        print(x)
