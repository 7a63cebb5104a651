from rasd.config import Config, load_config, settings


def test_defaults_environment_and_overrides():
    assert load_config(environ={}).db == "rasd.db"
    env = {"RASD_DB": "/tmp/x.db", "RASD_STAGES": "readtime, times", "RASD_MAX_INPUT_BYTES": "123"}
    config = load_config(environ=env)
    assert (config.db, config.stages, config.max_input_bytes) == ("/tmp/x.db", ("readtime", "times"), 123)
    assert load_config(environ=env, db="other.db", stages=None).db == "other.db"


def test_every_setting_is_documented():
    names = {name for name, *_ in settings()}
    assert names == set(Config.__dataclass_fields__)
    assert all(help_text and env.startswith("RASD_") for _, _, env, help_text in settings())
