# coding: us-ascii

x = "ÿ"
