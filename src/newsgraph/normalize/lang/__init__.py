"""Language data for normalisation: one module per language, constants only.

A new currency word, unit noun or month spelling is a one-line change here plus
a test row; the logic modules (numbers, money, counts, ...) never hold words.
"""
