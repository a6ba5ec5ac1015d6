x = [
    1,  # one
    2,

    3,
]
y = f(
    a,
    b=2,
)
z = {
    "k":
        "v",
}
if (a and
        b):
    pass
