# coding: nosuch
