using BriefingSite;
using BriefingSite.Cli;

JitProfile.Start(args);
var code = Commands.Create().Parse(args).Invoke();
PhaseClock.Finish();
return code;
