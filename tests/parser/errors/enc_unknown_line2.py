#!/usr/bin/env python
# coding: nosuch
x = 1
