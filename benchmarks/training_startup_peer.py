"""The Python peer of benchmarks/training_startup.py: a training entry point that binds the job the way the SageMaker
training toolkit (sagemaker-training, `sagemaker_training/environment.py` and `mapping.py`) does before it runs the
user's code, written with the standard library only (the toolkit cannot be installed here).

What it does, in the toolkit's order and with the toolkit's rules:
- configures logging as the toolkit's `logging_config.configure_logger` (basicConfig, its format, INFO);
- base folder from SAGEMAKER_BASE_DIR, else /opt/ml, and the toolkit's folder names under it;
- reads resourceconfig.json, inputdataconfig.json and hyperparameters.json with `json.load`, and decodes each
  hyperparameter value with `json.loads`, keeping the raw string (and logging that at INFO) where it is not JSON;
- splits off the `sagemaker_*` hyperparameters (`mapping.split_by_criteria`), reads host, hosts, instance type and
  group, network interface, instance groups and the master host, and the channel folders input/data/<channel>;
- builds the environment variables the toolkit hands the user's code (`Environment.to_env_vars`:
  SM_HOSTS, SM_CURRENT_HOST, SM_HPS, SM_HP_<NAME>, SM_CHANNELS, SM_CHANNEL_<NAME>, SM_TRAINING_ENV, SM_USER_ARGS,
  SM_NUM_CPUS, ... each JSON-encoded as `mapping.to_env_vars` does) and sets them in os.environ;
- creates the folders the AlgorithmGen host creates (model/, output/data/, checkpoints/; the toolkit's code/ too);
- logs "Invoking user script" with the training environment, as the toolkit does, and calls the training code.

What it leaves out, each in the peer's favour: the boto3 region look-up (not the standard library), the GPU count
(the toolkit runs `nvidia-smi --list-gpus` in a child process; the AlgorithmGen host counts no GPUs), importing the
framework module, and starting the user's script as a second Python process (the training code here is a function
called in the same process).
"""
import json
import logging
import os
import sys

SAGEMAKER_PREFIX = "sagemaker_"
# params.SAGEMAKER_HYPERPARAMETERS: the keys the toolkit moves out of the user's hyperparameters.
SAGEMAKER_HYPERPARAMETERS = (
    "sagemaker_program", "sagemaker_submit_directory", "sagemaker_enable_cloudwatch_metrics", "sagemaker_region",
    "sagemaker_container_log_level", "sagemaker_job_name", "default_user_module_name", "_tuning_objective_metric",
    "sagemaker_s3_output",
)
DISTRIBUTION_FLAGS = (
    "sagemaker_mpi_enabled", "sagemaker_parameter_server_enabled", "sagemaker_distributed_dataparallel_enabled",
    "sagemaker_pytorch_ddp_enabled", "sagemaker_pytorch_xla_multi_worker_enabled",
    "sagemaker_multi_worker_mirrored_strategy_enabled",
)

logger = logging.getLogger("sagemaker-training-toolkit")


def read_json(path):
    with open(path, "r") as f:
        return json.load(f)


def read_hyperparameters(path):
    decoded = {}
    for key, value in read_json(path).items():
        try:
            value = json.loads(value)
        except (ValueError, TypeError):
            logger.info("Failed to parse hyperparameter %s value %s to Json.\nReturning the value itself", key, value)
        decoded[key] = value
    return decoded


def to_env_vars(mapping):
    def value(item):
        if item is None:
            return ""
        if isinstance(item, str):
            return item
        return json.dumps(item, sort_keys=True, separators=(",", ":"), ensure_ascii=True)

    return {"SM_%s" % str(key).upper(): value(item) for key, item in mapping.items()}


def to_cmd_args(mapping):
    args = []
    for key in sorted(mapping):
        args.append("--%s" % key if len(key) > 1 else "-%s" % key)
        item = mapping[key]
        args.append(",".join("%s=%s" % pair for pair in sorted(item.items())) if hasattr(item, "items") else str(item))
    return args


def training_environment():
    """The toolkit's Environment(): every value the user's code can read, and the variables it gets."""
    base_dir = os.environ.get("SAGEMAKER_BASE_DIR", os.path.join("/opt", "ml"))
    code_dir = os.path.join(base_dir, "code")
    model_dir = os.path.join(base_dir, "model")
    input_dir = os.path.join(base_dir, "input")
    input_data_dir = os.path.join(input_dir, "data")
    input_config_dir = os.path.join(input_dir, "config")
    output_dir = os.path.join(base_dir, "output")
    output_data_dir = os.path.join(output_dir, "data")

    resource_config = read_json(os.path.join(input_config_dir, "resourceconfig.json"))
    input_data_config = read_json(os.path.join(input_config_dir, "inputdataconfig.json"))
    all_hyperparameters = read_hyperparameters(os.path.join(input_config_dir, "hyperparameters.json"))

    sagemaker_hyperparameters = {
        key: item for key, item in all_hyperparameters.items()
        if key in SAGEMAKER_HYPERPARAMETERS or key.startswith(SAGEMAKER_PREFIX)}
    hyperparameters = {key: item for key, item in all_hyperparameters.items() if key not in sagemaker_hyperparameters}
    framework_parameters = {
        key: item for key, item in sagemaker_hyperparameters.items() if key not in SAGEMAKER_HYPERPARAMETERS}

    hosts = resource_config["hosts"]
    current_host = resource_config["current_host"]
    current_instance_group = resource_config.get("current_group_name", "homogeneousCluster")
    groups = resource_config.get("instance_groups", [])
    distribution_groups = framework_parameters.get(
        "sagemaker_distribution_instance_groups",
        [current_instance_group] if any(framework_parameters.get(flag, False) for flag in DISTRIBUTION_FLAGS) else [])
    distribution_hosts = (
        [host for group in groups if group["instance_group_name"] in distribution_groups for host in group["hosts"]]
        if groups else list(hosts))
    master_hostname = (distribution_hosts or hosts)[0]
    channel_input_dirs = {channel: os.path.join(input_data_dir, channel) for channel in input_data_config}
    module_name = os.environ.get("SAGEMAKER_PROGRAM") or sagemaker_hyperparameters.get("sagemaker_program")

    env = {
        "additional_framework_parameters": framework_parameters,
        "channel_input_dirs": channel_input_dirs,
        "current_host": current_host,
        "current_instance_group": current_instance_group,
        "current_instance_group_hosts": next(
            (group["hosts"] for group in groups if group["instance_group_name"] == current_instance_group), []),
        "current_instance_type": resource_config.get("current_instance_type", "local"),
        "distribution_hosts": distribution_hosts,
        "distribution_instance_groups": distribution_groups,
        "framework_module": os.environ.get("SAGEMAKER_TRAINING_MODULE"),
        "hosts": hosts,
        "hyperparameters": hyperparameters,
        "input_config_dir": input_config_dir,
        "input_data_config": input_data_config,
        "input_dir": input_dir,
        "instance_groups": [group["instance_group_name"] for group in groups],
        "instance_groups_dict": {group["instance_group_name"]: group for group in groups},
        "is_hetero": len(groups) > 1,
        "is_master": current_host == master_hostname,
        "job_name": os.environ.get("TRAINING_JOB_NAME"),
        "log_level": sagemaker_hyperparameters.get("sagemaker_container_log_level", logging.INFO),
        "master_hostname": master_hostname,
        "model_dir": model_dir,
        "module_dir": str(sagemaker_hyperparameters.get("sagemaker_submit_directory", code_dir)),
        "module_name": module_name[:-3] if module_name and module_name.endswith(".py") else module_name,
        "network_interface_name": resource_config.get("network_interface_name", "eth0"),
        "num_cpus": os.cpu_count(),
        "output_data_dir": output_data_dir,
        "output_dir": output_dir,
        "output_intermediate_dir": os.path.join(output_dir, "intermediate"),
        "resource_config": resource_config,
        "user_entry_point": module_name,
    }

    variables = dict(env)
    variables.update({
        "hps": hyperparameters,
        "framework_params": framework_parameters,
        "channels": sorted(channel_input_dirs),
        "training_env": env,
        "user_args": to_cmd_args(hyperparameters),
    })
    for name, path in channel_input_dirs.items():
        variables["channel_%s" % name] = path
    for key, item in hyperparameters.items():
        variables["hp_%s" % key] = item
    variables = to_env_vars(variables)
    variables["PYTHONPATH"] = ":".join(sys.path)

    for folder in (code_dir, model_dir, output_data_dir, os.path.join(base_dir, "checkpoints")):
        os.makedirs(folder, exist_ok=True)
    return env, variables


def train(env):
    """The user's training code; its first line is what the harness times."""
    sys.stdout.write("user code started\n")
    sys.stdout.flush()
    epochs = int(env["hyperparameters"]["epochs"])
    return epochs


def main():
    logging.basicConfig(format="%(asctime)s %(name)-12s %(levelname)-8s %(message)s", level=logging.INFO)
    env, variables = training_environment()
    os.environ.update(variables)
    logger.info("Invoking user script\n\nTraining Env:\n\n%s\n\nEnvironment variables:\n\n%s\n",
                json.dumps(env, indent=4, sort_keys=True),
                "\n".join("%s=%s" % item for item in sorted(variables.items())))
    train(env)
