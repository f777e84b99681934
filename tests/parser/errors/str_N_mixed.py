x = u'a' u'b\N{x}'
