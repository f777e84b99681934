# coding: utf-8-sig
x = "ÿ"
