a = 'single'
b = "double"
c = '''triple single'''
d = """triple
double
multiline"""
e = 'it\'s'
f = "say \"hi\""
g = ''
h = ""
