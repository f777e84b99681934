@dec
if x: pass
