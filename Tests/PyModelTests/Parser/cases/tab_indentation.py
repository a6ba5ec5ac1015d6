if x:
	pass
	if y:
		pass
	else:
		z = 1
