"""probe131 corpus notes, T15-T20 (skilled nursing / long-term care home for residents on dialysis; all invented)."""

T15 = {"patient_id": "T15", "age": 81, "sex": "F", "notes": [
("2021-05-04", "Weekly Skin Check", """
Wkly skin check  5/4/21  -- Quarry Hill Health & Rehab, B wing
Head/neck  [x] WNL
Arms       [x] WNL
Abd        [x] WNL
R thigh    lateral, mid -- insulin area (NPH given R thigh per res. pref since she came to us
           last fall). Firm tender nodule ~2 cm, skin over it purplish, res winces when touched.
L thigh    [x] WNL
Sacrum     [x] intact
Heels      [x] intact, boots at night
Braden 15.  Wt 84.9 kg  BMI 31.0
NP notified for eval. Next insulin dose moved to abd per charge RN.
"""),
("2021-05-06", "NP Visit", """
NP note 05/06/2021 Quarry Hill
81 F. Dialysis-dependent (HD Tu-Th-Sa). Diabetic on NPH insulin. HTN, mild dementia. No warfarin.
R lateral thigh at her usual injection site: 2.5 cm firm subcut nodule, violaceous overlying
skin, faint lacy mottling at one edge, no eschar, no fluctuance. Very tender.
A: possible calciphylaxis vs lipohypertrophy with fat necrosis at injection site. Ca x Phos
elevated (Phos 7.0). Not confirmed without tissue.
P: discussed punch bx with res and daughter Halina -- they want time to think. Insulin to abdomen
from now on, rotate. Renal aware. Recheck 1 wk.
"""),
("2021-05-20", "Discharge / Transfer Summary", """
DISCHARGE SUMMARY -- Quarry Hill Health & Rehab
Discharged 05/20/2021 -- moving in w/ her daughter in Vermont; HD chair arranged at Green
Valley Dialysis, first tx 5/22.
Active problems: ESRD, hemodialysis; diabetes, NPH insulin; HTN; R lateral thigh nodule -- POSSIBLE calciphylaxis,
never confirmed: res and family declined biopsy, preferring to have it looked at after the move.
Nodule unchanged in size, still tender, no ulceration.
Meds: NPH 12 u bid (abdomen), sevelamer, amlodipine, acetaminophen.
Follow up: PCP + derm near daughter within 2 wks; records sent.
BMI 31.0 at discharge.
"""),
]}

T16 = {"patient_id": "T16", "age": 60, "sex": "M", "notes": [
("2024-09-10", "NP Visit", """
NP VISIT  9/10/24  Brookmeadow Post-Acute (short stay rehab)
60 M admitted 8/30/24 for rehab after mitral valve replacement (mechanical). Anticoag: warfarin for the valve
(goal INR two-and-a-half to three-and-a-half). Kidneys: CKD 3b, last eGFR 38, never dialyzed. No diabetes. HTN.
Bilateral leg edema wrapped w/ ACE wraps since admission.
Today CNA found purple net-like blotches on both lower legs under the wraps, painful.
Exam: bilat anterior shins -- retiform purpura, 2 small dusky centers on L shin, no ulcer.
A: r/o non-uremic calciphylaxis. Other candidates: necrosis from the warfarin, small-vessel
vasculitis.
P: wraps off; derm bx; INR today 3.1; cardiology aware, warfarin continued for now (valve).
BMI 27.8 -- 86 kg
"""),
("2024-09-19", "Dermatology Consult", """
Derm -- Brookmeadow, Sept 19 2024
Punch bx 9/13 L shin: superficial sample, dermal vessels w/ some thrombi, no calcium seen, subcutis
barely represented. Nondiagnostic.
Clinical: retiform purpura both shins, slightly faded since wraps removed. Cannot exclude
calciphylaxis; warfarin necrosis and vasculitis also still on the list.
Recommend deeper incisional bx if lesions progress. Res reluctant -- he wants to get home for his
grandson's wedding next month and "not be cut again".
Exam today: both shins show the same reticulated violet pattern, L a little worse, no open skin, no
eschar. Mild tenderness only. Pulses palpable.
Plan: keep wraps off, elevate legs, photo weekly; repeat bx offered again before discharge.
"""),
("2024-09-27", "SNF Discharge Summary", """
DISCHARGE SUMMARY -- Brookmeadow Post-Acute   D/C 09/27/2024 to home w/ home health.
Rehab goals met (amb 200 ft w/ cane).
Skin: retiform purpura bilateral lower legs -- cause still unknown. On the differential:
possible non-uremic calciphylaxis, warfarin-related necrosis, vasculitis. First bx was
nondiagnostic and res declined a repeat before going home. Outpatient derm f/u 10/8 at Fairlane Dermatology.
Anticoag: warfarin (mechanical MVR), INR 2.8 on 9/26.
Renal: CKD 3b, no dialysis.
Home health: PT 2x/wk, RN weekly for INR and skin photos; wife told to phone derm right away
should a spot darken or break open.
BMI 27.8.
"""),
]}

T17 = {"patient_id": "T17", "age": 90, "sex": "F", "notes": [
("2026-02-03", "Weekly Skin Check", """
WEEKLY SKIN ASSESSMENT   02/03/2026   Elmstead Care Home, Unit 1
Resident: 90 yr old woman. Kidney failure -- HD M/W/F. Diabetes: glargine + lispro. Dementia,
bedbound.
Sacrum: intact, blanchable.
R heel: intact, in boot.
L heel: NEW -- black dry eschar on back of L heel, 2.5cm by 2cm, surrounding purple mottled rim
w/ netlike edge, very painful to light touch. Was in heel boot overnight; boot removed for
check. Last week L heel intact.
Braden 10.  Wt 46.3 kg  BMI 19.6
Wound NP notified. Heels floated on pillow.
"""),
("2026-02-05", "Wound NP Note", """
Wound NP -- Elmstead  2/5/26
L posterior heel: 2.6 x 2.1 cm stable dry black eschar, boggy rim w/ violaceous netlike pattern
extending 1.5 cm proximally. Pulses weak by doppler.
Imp: L heel -- unstageable PI from the boot and immobility, or calciphylaxis? -- the retiform
rim and pain out of proportion are unusual for plain PI. Cannot exclude calciphylaxis.
Plan: keep eschar dry and stable (no debridement), betadine paint daily; offload; ABI; discuss
bx w/ family -- HCP (son) declines bx given age and goals of care. No warfarin hx.
"""),
("2026-03-02", "Transfer Summary", """
TRANSFER SUMMARY -- Elmstead Care Home -> Sunnyridge Nursing (closer to son)  2026-03-02
90F, ESRD on HD MWF (chair moves to Sunnyridge unit 3/4), DM2 on insulin, dementia.
Wounds: L heel unstageable, 2.4x2cm, dry eschar intact. Cause: pressure vs ?calciphylaxis --
not biopsied (family declined), so it was never settled. Offload, betadine daily.
Meds: glargine 6 u qHS, lispro low-dose scale, sevelamer, acetaminophen sched, oxycodone 2.5 prn
heel pain before dressing.
Diet: renal/CCHO, pureed. Needs 2 assist for repositioning, q2h.
Code: DNR/DNI. BMI 19.6.
"""),
]}

T18 = {"patient_id": "T18", "age": 71, "sex": "M", "notes": [
("2017-06-12", "Nursing SBAR", """
SBAR 6/12/17 1420 -- Oak Terrace Nursing, 1E
S: Res L 2nd toe turned black, purple lacy skin over top of L foot.
B: 71M, CKD 4 -- no dialysis so far, fistula surgery being planned. DM2 on Lantus 22 u qHS, PAD,
HTN, former smoker. No warfarin.
A: L 2nd toe dusky to black distal half, dry. Dorsal L foot livedo. L foot cold to touch, pedal pulses absent to palpation,
doppler signal weak. Pain 7/10. No drainage.
R: NP to see today. BMI on monthly weights 32.5.
"""),
("2017-06-14", "NP Visit", """
NP note 6/14/2017
71M CKD4, DM2 on insulin, PAD. L 2nd toe dry gangrene, livedo dorsum L foot.
Ddx: ? calciphylaxis -- phos runs high (6.9), Ca 10.2 -- vs critical limb ischemia from his PAD;
cholesterol emboli unlikely w/o any recent catheter procedure.
Exam: toe tip black and mummified, line of demarcation forming at PIP. Livedo over dorsum,
non-blanching. No ulcer elsewhere. R foot cool but pink.
Plan: urgent ABI/arterial duplex; vascular surgery referral; keep toe dry, no debridement; lamb's
wool between toes; heel protectors in bed. Pain: tramadol renal dose.
"""),
("2017-06-29", "Vascular Surgery Consult", """
Vascular surgery -- consult to Oak Terrace  June 29, 2017
ABI L 0.38, R 0.71. Duplex: long segment occlusion L SFA, severe tibial disease. 
Assessment: critical limb ischemia L foot w/ dry gangrene of the 2nd toe; the livedo is ischemic.
Calciphylaxis ruled out -- clinical picture and arterial studies fully explain it; renal and derm
agree, no bx needed.
Plan: angiogram w/ possible intervention next wk at Kestrel Valley Hospital; toe to auto-amputate
or minor amp later. Continue Lantus. Wt 104 kg, BMI 32.5.
"""),
]}

T19 = {"patient_id": "T19", "age": 63, "sex": "F", "notes": [
("2020-01-22", "SNF Admission Nursing Assessment", """
Admission nursing assessment 2020-01-22 -- Willowmere LTC, 4th fl
63 y/o F, long-term placement after CVA (R hemiparesis). ESRD on PD -- nightly cycler, facility PD
nurse manages. Recurrent DVT: lifelong warfarin, aiming for INR 2-3. HTN. No diabetes.
Family hx: sister died 2015 of calciphylaxis while on HD -- res very worried about this.
Skin: [x] intact  [ ] wounds. Braden 15. PD catheter exits L lower quadrant, site dry, tunnel nontender.
Ht 158 cm  Wt 92.1 kg  BMI 36.9
Turning q2h while in bed, pressure redistribution mattress.
"""),
("2020-03-03", "Attending Physician Visit", """
Attending visit -- Willowmere  Mar 3, 2020
Res asks again about "what my sister had". Full skin exam: purpura none, nodules none, ulcers
none; no signs of calciphylaxis. Counselled: risk factors (warfarin, PD, obesity), warning signs (very
painful lumps, purple lacy skin, black scabs), to report early. Discussed w/ renal switching
warfarin -- not advisable given recurrent DVT; phos well controlled.
Also reviewed: PD adequacy fine per renal, Kt/V 1.9. BP 128/76. Mood low -- SSRI started by psych
in Feb, will reassess next month.
BMI 36.9. Continue current plan.
"""),
]}

T20 = {"patient_id": "T20", "age": 76, "sex": "M", "notes": [
("2023-10-18", "Care Plan Review", """
CARE PLAN REVIEW -- Redfern House SNF  10/18/2023
Problem: impaired skin integrity -- stage 2 PI sacrum (found 10/2, 15x10 mm) due to immobility
and moisture. Interventions: reposition every 2 hrs, LAL mattress, barrier cream, heel boots both
feet in bed.
Problem: calciphylaxis risk (ESRD, HD Tu/Th/Sa, phos often > 7) -- interventions: no heat
packs or ice packs, report any painful purple skin to nurse/NP, binder compliance.
Other: no DM, no anticoagulant (never on warfarin). Wt 78.2 kg BMI 25.5.
Resident and wife participated.
"""),
("2023-11-29", "Wound Nurse Rounds", """
Wound rounds 11/29/23 Redfern House
Sacrum st 2 PI: 4 mm x 3 mm, nearly closed, pink epithelium. Cont barrier cream, q2h turning.
Heels: intact in boots, no redness.
Full skin check otherwise: no findings suggestive of calciphylaxis -- thighs, belly, calves all
soft, no purple patches, no painful nodules.
Res in good spirits, up in WC for meals, PT working on sit-to-stand. Wife visits daily.
Plan: expect sacrum closed by next rounds; continue heel boots at night; recheck skin weekly per
routine.
BMI 25.5.
"""),
]}

PATIENTS = [T15, T16, T17, T18, T19, T20]
