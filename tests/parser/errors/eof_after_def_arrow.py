def f() ->
