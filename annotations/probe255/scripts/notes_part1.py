"""probe255 corpus notes, C01-C07 (cardiac device clinic and the clinics around it; all invented)."""

C01 = {"patient_id": "C01", "age": 68, "sex": "F", "notes": [
("2023-02-27", "EP Inpatient Progress Note", """
EP PROGRESS NOTE - hosp day 6, Larchmont Regional, 5 West tele

68 yo F. Renal: ESRD, dialysing Mon-Wed-Fri via R brachiocephalic AVF. DM2, linagliptin (never
insulin). pAF - warfarin. Ischemic CM, EF 25%. Admitted 02/22/23 w/ CAP + NSVT; s/p
dual-chamber ICD (Abbott Gallant DR) L infraclavicular, implanted 2/24.
VTE ppx: heparin 5k units subcut q8 from admission day (2/22), nursing alternating L and R lower abdomen per MAR.

POD 3 device check:
  RA 2.4 mV / 520 ohm / 0.75V@0.5ms
  RV 12.0 mV / 610 ohm / 1.0V@0.5ms, HV imp 71 ohm
  Zones VT 171, VF 200 - ATP then 36 J
CXR: leads in good position, no PTX.
Pocket: dressing dry, soft, no hematoma.
Ht 164.5 / Wt 86.1 -> BMI 31.8.

Plan: restart warfarin tonight (goal INR 2-3), stop SC heparin at d/c, home tmrw if afebrile.
Wound check in device clinic 7-10 d.
"""),
("2023-03-09", "Device Clinic - ICD Wound Check", """
DEVICE CLINIC  --  ICD WOUND CHECK (day 13)
68F. Abbott Gallant DR implanted 24-Feb-2023.

Incision L chest nicely approximated, steri-strips lifted off today, no erythema or drainage,
pocket soft and nontender.
Interrogation: battery 11.4 yrs. Sensing + thresholds unchanged from implant. No VT/VF.
AT/AF burden 3%, longest episode 4 h. Warfarin restarted; today's INR 2.4.

She asks about a "sore purple spot" low in her left belly, first noticed 4 days ago.
On exam a firm dusky plaque in the L lower quadrant, roughly 3 cm by 2, lacy margin, exquisitely
painful to light touch, darker centrally. Afebrile.
Not a device problem, but w/ ESRD + warfarin this worries me. Photo uploaded to media tab;
messaged her nephrologist and derm (Dr. Okonkwo-Hale) for an urgent look.
F/u: remotes every 3 months, office visit in a year.
"""),
("2023-03-16", "Dermatology Consult", """
DERMATOLOGY CONSULT
Referred by device clinic for a painful abdominal plaque.

HPI: 68F on HD, on warfarin for AF. Painful patch L lower abdomen since 03/05/2023, larger and
darker each day. During the February admission for the ICD, nurses gave her heparin shots TID,
switching the belly side each time (L, then R, then L). Per pt, this is the spot the heparin
went, over and over.

Exam: L lower quadrant: 5 x 3.5 retiform purpura (cm), eschar black + central, 1.5 cm across,
woody induration. R lower quadrant skin intact. Chest incision healed.

A: eschar-topped retiform purpura on dialysis + warfarin, sited where SC heparin was given - high
suspicion for calciphylaxis; ddx warfarin necrosis, HIT-associated necrosis.
P: punch x2 (4 mm) at the margin today; HIT antibody; please no more trauma to this
area.
"""),
("2023-03-28", "Nephrology - HD Rounding", """
HD ROUNDS - Kestrel Park Dialysis, chair 14

Punches (3/16) back: CALCIPHYLAXIS - subcutaneous arterioles calcified, intima thickened,
occluding thrombi, von Kossa +. HIT Ab neg.
Went through it w/ pt + daughter:
- STS 25 g TIW, infused into the venous line near the finish of every run
- warfarin STOPPED today. Cardiology fine w/ apixaban 2.5 BID instead
- calcium carbonate out; sevelamer 1600 mg with meals x3; cinacalcet raised to 60
- labs Ca/PO4/iPTH = 9.9/6.8/684, alb 3.1
- wound clinic referral; low-dose hydromorphone for pain
Rx: EDW 84.0, UF target 2.5 L, Qb 400, spKt/V 1.32.
BMI today 31.4. Diabetes: linagliptin only, A1c 6.9%.
"""),
]}

C02 = {"patient_id": "C02", "age": 59, "sex": "M", "notes": [
("2022-08-12", "HF / Device Clinic - Wearable Defibrillator Start", """
HEART FAILURE & DEVICE CLINIC - WEARABLE CARDIOVERTER-DEFIBRILLATOR START

59 yo M, anterior STEMI 07/18/2022 s/p LAD DES, LVEF 28% on TTE 7/20. ESRD (IgA nephropathy),
cycler PD (CCPD), Tenckhoff since 2019 with its exit site R of the umbilicus. Not diabetic.
No warfarin.

LifeVest fitted 8/10/22 by the ZOLL rep: garment size M; electrode belt wraps the lower chest,
front sensing electrodes and defib pad lie under the L arm on the lateral chest wall, back pads
between the scapulae. Told to wear it 24 h a day, off only to shower.
Went over response buttons, alarm tones, what family should do.
GDMT: carvedilol 6.25 mg twice daily; ARNI held (K 5.6); ASA + ticagrelor; atorva 80.
BMI 27.4 (82.3 kg).

Plan: repeat echo at 90 days (~mid-Oct); ICD if EF still 35% or less.
"""),
("2022-09-20", "Device Clinic - WCD Data Review", """
WCD FOLLOW-UP (LifeVest network download reviewed)
Avg wear 22.9 h/day since 8/10. Treatments 0, VT/VF events 0; 3 "noise" alerts in week 1.
Presenting rhythm SR 74 w/ occasional PVCs.

Pt: "the belt has been killing me on the left." Reports a hard, burning spot under the front pad,
left chest, since Labor Day; he has worn the belt cinched tight because it kept slipping.
Exam: at the L mid-axillary line, ~6th rib, lateral chest, directly beneath the electrode belt -
an indurated, violaceous plaque measuring 30 x 25 mm, stellate dusky centre, very tender, not blanching.
Last PD labs: Ca x Phos 64, PTH 1,030.
D/w Dr. Valderrama (renal): concern for calciphylaxis. Garment refitted, foam pad over the spot;
derm bx this week.
"""),
("2022-10-04", "Dermatology - Biopsy Follow-up", """
DERM F/U - biopsy result

Punch bx 2022-09-22, L lateral chest. Read: medial calcium in small deep-dermal and septal vessels;
fat necrosis; microthrombi. Biopsy-proven calciphylaxis.
The lesion came up beneath the LifeVest electrode belt, which had pressed on his L lateral chest
from the day it was fitted (8/10); we think that sustained pressure was the trigger.
Size today 35 x 30 mm; central eschar forming. PD exit site clean. Trunk and legs otherwise
clear.

P: STS per nephrology (infusion center 3x/wk); optimise PD clearance; non-calcium binder;
hydrogel + silicone foam. EP to choose subcutaneous vs transvenous ICD after the echo.
BMI 27.0 at 81 kg.
"""),
]}

C03 = {"patient_id": "C03", "age": 77, "sex": "F", "notes": [
("2019-12-03", "Nephrology - HD Rounding", """
Nephrology HD rounding   12/03/2019   Alder Creek Dialysis, 2nd shift

77F ESRD (diabetic nephropathy), HD Tu/Th/Sa, L RC fistula. DM2 - basal glargine 18 u nightly,
lispro correction. CHB s/p dual chamber PPM 2014; HTN; obesity.
S: bad cramps at the end of runs and at night, mostly the R calf. Tells me that every night since
mid-November she has put a rubber hot-water bottle (kettle-filled) against her R calf, posterior
side; "nothing else lets me get to sleep."
O: BP 152/70 pre, 118/62 post. Pre wt 79.4 kg, EDW 77.0. Leg skin intact, no edema.
MBD: Ca 9.4mg/dL - P 6.2mg/dL - iPTH 540; alb 3.4g/dL; spKt/V 1.5.
A/P: cramps, likely UF-driven: raise EDW by 0.5 kg, UF rate ceiling 10 mL/kg/h, calf stretches.
Suggested a towel between bottle and skin and less-hot water.
"""),
("2020-01-14", "Pacemaker Clinic - In-office Interrogation", """
PACEMAKER CLINIC - routine 6-month check
Medtronic Adapta ADDR01, implanted 06/2014. DDD 60/120.
Battery 2.78 V, est. longevity 21 mo. RA P 1.8 mV, 0.5V@0.4ms; RV thr 0.75V@0.4ms, impedance
608 ohm. VP 99.6% (CHB - dependent). No AHREs. Pocket intact, skin over can healthy.

Incidental: rolling up her R pant leg for the ankle cuff we found a gauze square over her R
posterior calf. She says a painful black spot appeared there New Year's Day, getting bigger
since. 2 x 1.5 cm eschar with a purplish net around it.
HD unit not yet aware - phoned the charge RN. Wound clinic referral placed for this week.

Next: ERI expected ~late 2021; remotes q3 mo.
"""),
("2020-01-28", "Wound Care Clinic", """
WOUND CLINIC - initial visit. Referred by nephrology and pacer clinic. BMI 32.5 (obese).

Wound #1 R posterior calf (mid): L3.0 x W2.2 x D0.2 cm; eschar 90% (adherent, black) / slough 10%;
surrounding retiform purpura out to 8 cm; pain 9/10.
Bx 1/21/2020 (derm, Dr. Pennington): clotted, calcium-encrusted small vessels in subcutaneous fat
- fits calciphylaxis.
Of note: from mid-November until the ulcer showed up, she warmed this very calf nightly using a
hot-water bottle - the lesion sits in exactly the area she heated.
Tx: minimal sharp debridement of a loose slough edge; alginate + bordered foam, redressed
at each HD session. Heat stopped for good. STS started 1/24 w/ HD. Glargine unchanged.
"""),
]}

C04 = {"patient_id": "C04", "age": 71, "sex": "M", "notes": [
("2024-01-30", "Device Clinic - Post-implant Check", """
DEVICE CLINIC - 2 wk post-implant

71M. CABG x3 on 01/09/2024 (LIMA->LAD, SVG->OM1, SVG->rPDA), open L great saphenous
harvest, with one incision on the inner L thigh and one on the inner L calf. Post-op complete
heart block -> dual-chamber PPM (Boston Scientific Accolade) L chest 1/16/24. Post-op AF ->
warfarin, INR goal 2-2.5.

Pocket healed, no hematoma. Leg incisions closed with steri-strips, mild edema L calf.
Interrogation: DDD 60; AP 4%, VP 38% (intermittent AVB). Sensing and thresholds in range.
No arrhythmia episodes stored.
PMH: CKD stage 4, eGFR 21 mL/min, not dialysing; T2DM on linagliptin; HTN; BMI 29.5
(overweight).

Plan: LATITUDE remotes q91d; in person at 3 mo.
"""),
("2024-03-12", "Remote Monitoring Review + Phone Call", """
REMOTE TRANSMISSION REVIEW (LATITUDE)  12.03.2024

Scheduled transmission rec'd 03/11/2024. Battery 12 yr; RA/RV impedances stable; VP 22%.
2 AT episodes, longest 4 min. No alerts.

Phoned pt to go over it: device fine. He volunteers that the lower end of his L leg vein-harvest
scar "went purple and then black," starting around Feb 20; very painful at night. Not putting
anything on it. Still on warfarin (INR 2.7 last week).

Advised in-person eval; messaged PCP and the CT surgery NP. Wound clinic booked 3/19.
"""),
("2024-03-19", "Wound Care Consult", """
WOUND CARE CONSULT
71M, CKD 4 (no dialysis), warfarin for post-op AF, T2DM.

L medial calf along the distal saphenous harvest incision: 4.0 x 1.5 cm necrotic ulcer, black
eschar tracking the line of the scar, violaceous livedo extending 3 cm posteriorly. Proximal
(thigh) incision healed cleanly. DP 1+, PT by doppler; ABI 0.92 on the L.
Labs: INR 2.8 | alb 3.0 | PO4 5.2mg/dL | Ca 9.1mg/dL | PTH 210.

Ddx: harvest wound infection/dehiscence; warfarin necrosis; non-uremic calciphylaxis (CKD 4 only).
Plan: derm punch bx + wound cx; xeroform and gauze; hold off on compression until bx is back.
"""),
("2024-04-02", "Dermatology Follow-up", """
DERMATOLOGY

Punch bx 3/22/24 (L calf ulcer margin): subcutaneous arterioles - vessel-wall calcium + thrombus;
lobular panniculitis; von Kossa +. Culture: skin flora only.
Dx: non-uremic calciphylaxis arising in the L saphenous vein-harvest incision (CABG 1/9/24)
(on warfarin; CKD 4).

Plan: warfarin -> apixaban (cardiology agreed today); STS 3x/wk - nephrology to advise on dosing
for CKD 4; wound care continues. BMI 29.1.
Today: ulcer 4.2 x 1.6 cm, eschar intact, livedo unchanged, no cellulitis. Thigh incision and
pacemaker pocket both healed. Analgesia: scheduled acetaminophen, bedtime
gabapentin at a renal dose.
Photos in chart; recheck 2 wks.
"""),
]}

C05 = {"patient_id": "C05", "age": 52, "sex": "F", "notes": [
("2018-03-20", "Home Dialysis (PD) Clinic", """
HOME DIALYSIS CLINIC (PD)   3/20/18

52F, ESRD from lupus nephritis, CAPD x 2 yrs, HCM s/p single-chamber ICD (2016). Not diabetic.
PE 2011 - 6 mo of warfarin, then stopped.
Hgb 8.7, ferritin 410, TSAT 28%.
Darbepoetin started: 40 mcg subcut q14 days. RN Marisol gave the first injection in clinic today,
into her R upper arm (posterior aspect); husband taught to give the next doses at home in that same spot, which
she finds least painful.
Clearance: Kt/V 1.9/wk, creatinine clearance 58 litres/week. Four 2-L exchanges of 1.5%. PET low-average.
PTH 450 -> start cinacalcet 30; calcium 9.0, phosphorus 5.9 - ok.
BMI 24.0 / 61.2 kg. RTC 4 wks.
"""),
("2018-07-10", "ICD Clinic - In-office Interrogation", """
ICD CLINIC VISIT   10-Jul-2018

Boston Scientific single-chamber ICD, L pectoral, implanted 2016 for HCM (septum 31 mm).
Battery 8.5 y. RV sensing 14 mV, pacing thr 0.6V@0.4ms, shock impedance 58 ohm.
Zones: VT-1 170 (monitor), VT 190 ATP x2 -> 41 J, VF 220.
Since last check: no treated episodes; 1 NSVT of 9 beats.

Other: she showed us her R arm - on its back surface a tender purplish patch, there since early
June; firm, about 4 x 3 cm, net-like border, now with a dark center. Husband still gives the
darbepoetin shots there every other week.
No device concern; pocket fine.
Booked with derm (urgent slot 7/24), PD nurse informed.
"""),
("2018-07-31", "Dermatology Consult", """
DERMATOLOGY - consult + bx result

Reason for consult: painful R posterior upper-arm plaque in a PD patient.
Seen 7/24: R posterior upper arm - 5 by 4 cm plaque, firm and violaceous, centred on a 1 cm
eschar, livedo all round. L arm, trunk, abdomen and thighs clear. Punch taken at that visit.
Pathology (phoned to pt today): calciphylaxis - calcium and thrombus within small subcutaneous
vessels.
The plaque lies where her darbepoetin has been injected every 2 wks since the March start.
P: no more ESA shots in that arm - nephrology to decide the new route; STS; stop the calcium
binder; wound care. BMI 23.6.
"""),
]}

C06 = {"patient_id": "C06", "age": 81, "sex": "F", "notes": [
("2020-10-06", "Device Clinic - Unscheduled Post-fall Check", """
DEVICE CLINIC - unscheduled (post-fall)

81F; PPM (Abbott Assurity DR, 2017) for sick sinus. pAF - takes warfarin. ESRD, dialysis
M-W-F. Diabetes controlled by diet. Obesity (BMI 35.2).
Fell at home Sunday 10/04/2020 - caught her foot on the bathmat and went down hard onto her left
side. L lateral hip heavily bruised; ED X-ray: no fracture. INR 3.1 in the ED. She wants an
arrhythmia excluded.
Interrogation: AP 62%, VP 2%. No high ventricular rates, no pauses, no mode switches.
Nothing stored on 10/4. Lead values stable.
Imp: mechanical fall; rhythm and device not implicated.
Plan: home safety PT eval; INR recheck via anticoag clinic.
"""),
("2020-11-03", "Nephrology - HD Rounding", """
NEPHROLOGY ROUNDS - HD   11/3/20

S: In tears with L hip pain, worse when she lies on it. The bruising from the October fall was
fading, then 9 days ago a hard black scab formed in the middle of it.
O: L lateral hip (trochanteric area): a necrotic, star-shaped plaque, 6 cm by 4 cm, black
center, violaceous retiform border, very tender. What is left of the bruise is yellow-green at
the edges.
PTH 1,120; Ca 10.1 while on calcium acetate; PO4 7.8; alb 2.9; INR 2.9.
A: necrotic plaque in the old hip hematoma - calciphylaxis until proven otherwise.
P: derm bx asap; calcium acetate -> sevelamer; hold calcitriol; talk to cardiology re warfarin.
"""),
("2020-11-17", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP

Bx 11/10/2020, L hip -> calciphylaxis (the pathologist describes 'florid' arteriolar calcium in
the subcutis, fibrin thrombi, fat necrosis).
Onset 25 Oct 2020, in the skin bruised by her fall of 4 Oct.
Warfarin discontinued 11/12 (cardiology switched her to apixaban). STS begun with HD.
Wound today 7 by 4.5 cm; adherent eschar, no cellulitis. Also a little skin tear, R shin, caused
by the wheelchair footrest last week - superficial, closing, not necrotic.
P: collagenase to the eschar edge, foam border; offload the L side (pillow wedge); pain plan per
palliative. Wt 88 kg (BMI 34.9).
"""),
]}

C07 = {"patient_id": "C07", "age": 63, "sex": "M", "notes": [
("2022-04-05", "Remote Monitoring - ICD Alert Transmission", """
REMOTE ICD TRANSMISSION - CareLink   April 5, 2022

Medtronic Evera MRI XT VR, implanted 2019 (primary prevention, NICM).
Alert: OptiVol fluid index crossed threshold 3/28; thoracic impedance trending down.
Episodes: NSVT x2 (max 12 beats); no VT/VF therapy. Battery 6.9 yr. RV imp 456, HV 68.

Called pt: admits extra fluid and salty food at a family party. Extra dialysis session to be
arranged by nephrology.
He also brings up purple, hard, painful patches across both front thighs since March, worse on
the left; no fever. Asked him to show them to the renal team at his next run.

RTC: repeat transmission in 2 wks.
"""),
("2022-04-12", "Nephrology - HD Progress Note", """
HD unit progress note

63M, DKD -> ESRD. HD T/Th/S, access = R IJ tunnelled catheter (L AVF still maturing).
T2DM: glargine 40 u + aspart at meals since 2016. Every one of his shots has gone into his
anterior thighs, L and R, never the belly. Obesity, BMI 38.9. No anticoagulant.
Exam: bilateral anterior thighs - several firm, tender, violaceous plaques with livedo, 4-8 cm;
L thigh with a 2 cm central ulcer and eschar. Abdominal skin clean.
PTH 990 - PO4 8.1 - Ca 9.8.
A: likely calciphylaxis, insulin-site distribution.
P: derm bx; extra UF run done 4/7; STS; insulin shots to move to the abdomen; non-Ca binder.
"""),
("2022-04-26", "Dermatology Clinic Note", """
DERMATOLOGY CLINIC NOTE

Bx 04/19/2022 (L anterior thigh): calciphylaxis. Subcutaneous arterioles w/ calcified media and
thrombi (von Kossa +).
Clinical: plaques on both anterior thighs, the L bearing a 2.5 cm eschar, the R indurated
without ulceration - precisely at his insulin injection sites (used since 2016). Began March
2022.
P: insulin into the abdomen/upper arms only, rotating; STS (25 g) with dialysis x3/week; wound care
(hydrogel, foam); pain service.
No lesions on the abdomen or arms today.
Wt 123 kg, BMI 39.4.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
