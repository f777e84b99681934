# -*- coding: ascii -*-
x = 'é'
