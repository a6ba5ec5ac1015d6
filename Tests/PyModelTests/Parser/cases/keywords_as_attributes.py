x.match
x.case
match.case = 1
_ = 1
case = 2
print(_, case)
