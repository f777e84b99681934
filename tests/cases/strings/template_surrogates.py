# Template strings join adjacent str parts losslessly: two lone surrogates stay two code points.
from string.templatelib import Template, Interpolation
a = t'\ud83d'
b = t'\ude00'
c = a + b
print(ascii(c.strings), len(c.strings[0]))
d = Template('\ud83d', '\ude00', Interpolation(1, 'x'), 'p', 'q')
print(ascii(d.strings), d.interpolations[0].value)
print(Template().strings, Template('a', 'b').strings)
x = 5
print((t'{x}' + t'-{x}').strings)
