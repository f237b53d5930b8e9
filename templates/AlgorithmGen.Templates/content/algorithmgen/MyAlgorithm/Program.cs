using AlgorithmGen.Training;
using MyAlgorithm;

// SageMaker runs the training image as `<image> train`. Here: `dotnet run -- train --local --channel train=<folder>`
// lays out a temporary /opt/ml tree and trains as a job would.
return await TrainingHost.RunAsync<MyAlgorithmAlgorithm.TrainingContext>(args, Trainer.TrainAsync);
