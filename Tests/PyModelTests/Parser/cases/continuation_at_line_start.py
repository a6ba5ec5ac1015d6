if x:
\
    pass
if x:
  \
  pass
if x:
    \
pass
if x:
    a
\
b
x = 1
\
y = 2
if x:
    a
    \
  b
