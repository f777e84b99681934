x = await *a
