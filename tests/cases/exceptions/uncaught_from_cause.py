# raise ... from ...: "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def load(d):
    try:
        return d["path"]
    except KeyError as e:
        raise ConfigError("missing setting") from e
print(load({"path": "/x"}))
load({})
