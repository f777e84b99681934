x = 1
y = 'ab\N{cjk unified ideograph-4e00}'
