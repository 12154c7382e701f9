using BriefingSite;
using BriefingSite.Cli;

var code = Commands.Create().Parse(args).Invoke();
PhaseClock.Finish();
return code;
