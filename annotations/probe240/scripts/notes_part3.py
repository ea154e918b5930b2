"""probe240 corpus notes, T15-T20 (heart failure clinic, cardiac rehab, LVAD and the clinics around them; all invented)."""

T15 = {"patient_id": "T15", "age": 55, "sex": "M", "notes": [
("2024-09-10", "LVAD Coordinator Note - Driveline Check", """
VAD COORDINATOR - driveline check (walk-in)
55M, HM3 implanted Nov 2023 as bridge to transplant, ischemic CM.
Pt noticed a tender lump next to the driveline about 1 week ago.
Exit site R upper abdomen: well incorporated, no drainage, no odor, velour not exposed.
~2 cm lateral to the exit, under the adhesive anchor: 1.5 cm firm, tender, slightly
purple nodule. Afebrile, WBC 7.8. Anchor moved 4 cm medially today, sterile dressing
change done.
INR 2.9 on warfarin, LDH 260. Cr 1.0, kidney function normal. No diabetes.
Wt 91.0 kg, BMI 29.8 (overweight).
Plan: photo to VAD MD, US of the area, recheck 2 wk, call for fever or drainage.
"""),
("2024-09-24", "LVAD Clinic Visit", """
LVAD CLINIC
Pump 5600 rpm, 4.8 L/min, PI 3.2, 4.4 W. MAP 86. No alarms, no power spikes.
R upper abd nodule has grown: purplish, indurated, ~3cm across, faint livedo at the edge,
still tender. Driveline exit itself clean. Soft tissue US 9/17: subcutaneous
edema, no fluid collection, no tract involvement.
Derm (curbside, Dr. Halloran): could be panniculitis, early driveline infection, or
possible calciphylaxis given warfarin - would need a deep biopsy. VAD team and derm
agree to defer biopsy for now: bleeding on warfarin + ASA and risk of seeding the
driveline tunnel.
Plan: doxycycline 10 d empirically, warm compresses NOT advised, recheck 4 wk.
"""),
("2024-10-22", "LVAD Clinic Visit", """
LVAD CLINIC 22 Oct 2024
Plaque shrinking (2x2cm), tenderness eased after doxy; no eschar, no drainage.
Diagnosis still open - calciphylaxis was not proved, not disproved either; no tissue
obtained.
Pump 5600 rpm, 4.7 L/min, PI 3.3, no alarms. INR 2.5. Wt 90.4 kg. Daily home
weights stable. NYHA I-II, walking 2 miles/day, off cardiac rehab since Aug.
Social: family relocating, care moves to the Millbrook transplant program
(different state) in November; records and photos sent.
Plan: transfer summary done, warfarin plan sent to new team, final visit here.
"""),
]}

T16 = {"patient_id": "T16", "age": 76, "sex": "F", "notes": [
("2022-03-08", "Heart Failure Clinic Visit", """
HF CLINIC - post-hospital f/u
76F HFpEF; AF - warfarin; CKD stage 4 with eGFR 19; T2DM on insulin detemir (she injects both
thighs), HTN.
Hospital course 2/2022: ADHF with diuretic resistance; isolated ultrafiltration
(aquapheresis) x3 days via a peripheral line. This was not dialysis; nephrology
following, no plan for dialysis now.
Wt 68.9 kg, BMI has run 26-28 over the past 2 yrs, 27.5 today.
BP 126/64, HR 82 AF. JVP 8, trace edema.
A/P: bumetanide 2 mg bid + metolazone 2.5 mg Mon/Thu, BMP in 1 wk, INR clinic as usual
(goal 2-3), daily weights, 1.5 L fluid.
"""),
("2022-03-29", "Heart Failure Clinic Visit", """
HF CLINIC - add-on
S: a week ago sore purple netted marks came up, front of the R and the L thigh.
O: anterior thighs bilat - retiform purpura, two dusky 1cm centers, tender,
no blisters. INR 3.1. Cr 2.6.
A/P: differential: calciphylaxis; warfarin necrosis; vasculitis. Can't call it yet.
- derm urgent bx
- skip warfarin tonight, INR again Friday
- move her insulin to the belly meanwhile
- stop metolazone; bumetanide 2 mg daily
Wt 68.1 kg (down 0.8 since 3/8). Lungs clear, no edema. Daughter present, HCP;
pt says she "does not want to go back in the hospital for anything".
"""),
("2022-04-19", "Dermatology Clinic Note", """
DERMATOLOGY
Punch bx R anterior thigh 4/1/2022: lobular fat necrosis only; vessels without
calcium deposits; no vasculitis - nondiagnostic.
Clinical picture still suggests possible calciphylaxis; cannot exclude warfarin
necrosis. Deeper incisional bx recommended; pt declined after discussion with family.
Her choice now is comfort care; home hospice started 4/12; no further
workup. Wt 66 kg.
Exam: bilateral anterior thigh retiform purpura, the two dusky centers now shallow
ulcers 1.2 cm each, R bx site healing.
Plan: local wound care, pain control, hospice to follow; warfarin stopped by
cardiology 4/12.
"""),
]}

T17 = {"patient_id": "T17", "age": 80, "sex": "M", "notes": [
("2021-10-05", "Cardiac Rehabilitation Session Note", """
CARDIAC REHAB - session 4/36   10/05/21
80M ischemic CM (EF 35%) s/p PCI; ESRD, dialysis Tue/Thu/Sat. No DM, never anticoagulated.
S: last Wed (9/29), climbing onto the treadmill, his R shin struck the side rail; small scrape.
O: R anterior shin 1 x 0.5 cm abrasion, scabbed, no redness. BP 108/60, HR 64,
wt 64.8 kg, BMI 22.3.
Ex: NuStep L2 x 12 min, walking 4 laps with SBA. RPE 12. Tele SR.
Plan: handrail technique reviewed, staff to spot on/off treadmill.
"""),
("2021-10-26", "Hemodialysis Rounding Note", """
HD ROUNDS 26 Oct 2021
S: R shin sore not healing, more painful at night, hanging leg off the bed helps.
O: front of R shin - ulcer 3x2.5cm, eschar dry and black, dusky rim, faint livedo
proximally; foot cold to touch, no palpable pedal pulses. ABI R 0.58 (noncompressible L).
Labs: PTH 410 / phos 5.8; calcium 9.1 normal.
Pre-HD wt 64.1 kg, BP 102/58; intradialytic hypotension last 2 runs.
A/P: ?calciphylaxis vs ischemic ulcer vs nonhealing traumatic wound. Vascular surgery
referral; hold bx until perfusion known (poor healing risk). Dry dressing. Cardiac
rehab paused.
"""),
("2021-11-16", "Vascular Surgery Consult", """
VASCULAR SURGERY
Angio (11/9): R SFA occlusion, single-vessel peroneal runoff.
Impression: R shin ulcer most likely ischemic; on HD, so calciphylaxis stays on the
list, but biopsying a limb this ischemic would probably create a second wound; not advised.
Options for endovascular revasc discussed. Pt and daughter decline intervention;
he is stopping HD and transitioning to hospice.
Exam: shin wound (R, anterior) 3.5x2.5cm, eschar dry, no cellulitis; R foot cool
with delayed cap refill.
Plan: comfort-directed wound care, hospice referral placed, no biopsy. Letter to
nephrology and the HF clinic.
"""),
]}

T18 = {"patient_id": "T18", "age": 69, "sex": "F", "notes": [
("2020-05-12", "Heart Failure Clinic Visit", """
HF CLINIC
69F HFrEF (EF 20%); ESRD, dialyzes MWF; T2DM - glargine plus lispro. Warfarin 2009-2011
after a DVT, none since. BMI 27.0.
Right and left heart catheterization 4/28/2020 (R femoral approach), advanced therapies workup.
S: about 10 days ago both feet became painful and blue at the toes.
O: purple toes bilat, livedo reticularis over the dorsal feet and around both
ankles, a 0.8cm dusky ulcer L 2nd toe; pulses dopplerable. Femoral puncture (R) healed.
Eosinophils 9%.
A/P: post-cath atheroemboli? calciphylaxis? vasculitis? - derm bx; statin
up-titrated; HD notified.
"""),
("2020-05-22", "Dermatology Consult", """
DERMATOLOGY
Punch bx L dorsal foot 5/15/20: needle-shaped clefts (cholesterol) plugging small
arterioles; von Kossa stain: vessel walls calcium-free; fat intact.
Dx: cholesterol crystal emboli, a complication of the 4/28 cath. Calciphylaxis: excluded.
Exam: feet/ankles still livedoid, L 2nd toe ulcer stable.
Plan: wound care, podiatry, statin, no anticoagulation for this; cardiology to weigh
risk before any further catheterization. Renal function at baseline on HD, eos
trending down. Pt relieved to hear the biopsy did not show the calcium-vessel
disease she had read about.
"""),
("2020-06-16", "Hemodialysis Rounding Note", """
HD rounds 6/16/2020
Blue toe syndrome improving, L 2nd toe ulcer 0.5 cm, clean. Livedo fading.
Skin otherwise intact, no new lesions; nothing suggesting calciphylaxis (bx 5/15 was
atheroemboli).
Pre-HD wt 70.4 kg. BP 112/64. K 5.1, phos 5.2. Tolerating 3.5 h runs, no cramps.
Feet warm, cap refill brisk on the R, slower on the L.
Plan: continue glargine 18 u, binder, podiatry q2wk. HF team: transplant listing
deferred; GDMT held back by dialysis-day hypotension (carvedilol 3.125 bid only). Fluid limit
1 L/day, she is keeping to it.
"""),
]}

T19 = {"patient_id": "T19", "age": 52, "sex": "M", "notes": [
("2023-04-11", "Heart Failure Clinic Visit", """
HF CLINIC - new pt
52M NICM (EF 35%), NYHA II; CKD stage 3a, eGFR 52 mL/min; HTN. No diabetes (A1c 5.6). Never on
warfarin; no AF.
FHx: older brother Ray (on hemodialysis) - calciphylaxis killed him in 2019; father MI at 60.
Pt anxious he could "end up like Ray".
Wt 102 kg, BMI 31.2. BP 130/80, HR 72 SR. No JVD, no edema.
Skin: intact; no purpura, nodules or ulcers.
A/P: GDMT - sacubitril/valsartan 49/51 bid, metoprolol succ 50, spironolactone 25,
dapagliflozin 10. Reassured: his kidneys are nowhere near his brother's stage;
calciphylaxis is very unlikely. Cardiac rehab referral, weight-loss program.
"""),
("2023-07-18", "Cardiac Rehabilitation Session Note", """
CARDIAC REHAB - session 22/36
52M NICM. Home weights log 99.8-100.6 kg this wk; clinic wt 100.2 kg.
Pre BP 124/76, HR 66. Ex: treadmill 3.0 mph 4% x 20 min, rower 10 min, resistance
circuit. RPE 13. Tele SR.
S: no complaints. Skin check at his request: no lesions, no discoloration on legs or
trunk.
Ed: sodium label reading, 2 L fluid guidance. Progressing well, on track for 6MWT >500 m.
Weight-loss group Thursdays; down 1.8 kg since intake. Plan: increase treadmill grade to
5%, add step-ups next wk.
"""),
]}

T20 = {"patient_id": "T20", "age": 60, "sex": "F", "notes": [
("2024-10-08", "Heart Failure Clinic Visit", """
HEART FAILURE CLINIC
60F HFmrEF (EF 45%); ESRD, Tue/Thu/Sat dialysis, left arm fistula; T2DM on weekly
semaglutide SC (belly), no insulin; obesity. Never on warfarin.
Wt 92.0 kg, BMI 33.0. BP 148/82, HR 80. JVP 7, trace edema.
S: knee OA; wonders whether a heat pad or ice would be OK for her knees and shins.
Counselled: being on dialysis raises her calciphylaxis risk, so nothing hot (pads) and nothing
frozen (ice packs) on her legs; rotate semaglutide sites. Skin exam normal.
A/P: volume by HD; add rehab referral; acetaminophen for OA.
"""),
("2024-12-03", "Cardiac Rehabilitation Session Note", """
CR session 10/36 - 12/03/2024
60F HFmrEF, HD TTS so CR M/W/F.
Wt 91.3 kg. BP 136/78, HR 78. Ex: NuStep L3 x 15, treadmill 2.2 mph 1% x 10, bands.
RPE 12. Tele SR, one short run of PACs, asymptomatic.
Skin inspected for the knee brace fitting: intact, nothing that looks like
calciphylaxis. Knees improving with strengthening.
Interdialytic gain 2.1 kg per HD flowsheet, dyspnea with stairs improved.
Plan: continue, advance treadmill to 2.4 mph. Reminded: no heat packs on the knees.
"""),
]}

PATIENTS = [T15, T16, T17, T18, T19, T20]
