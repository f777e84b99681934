# coding: NoSuch
