if x:
    a
  \
    b
