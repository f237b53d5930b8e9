using System.Threading.Tasks;
using AlgorithmGen.Training;
using AlgorithmGen.Training.TestHost;

// The whole of a training container's Program.cs.
return await TrainingHost.RunAsync<TestAlgorithm.TrainingContext>(args, TestTraining.TrainAsync);
