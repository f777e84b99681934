# coding: UTF-8
x = "ÿ"
