# Uncaught user-defined exception raised with a message.
class ValidationError(Exception):
    pass
def validate(age):
    if age < 0:
        raise ValidationError("age must be non-negative, got " + str(age))
    return age
print(validate(30))
validate(-1)
