s = u'abc' b'd'
