"""probe189 corpus notes, C01-C07 (discharge and inter-facility transfer summaries, and the
nephrology, dermatology and wound notes around them; all people, places and wording invented)."""

C01 = {"patient_id": "C01", "age": 67, "sex": "F", "notes": [
("2022-03-11", "Inter-facility Transfer Summary", """
INTER-FACILITY TRANSFER SUMMARY
From: St. Aldric Medical Center, 5 West      To: Harrow Point Skilled Nursing
Admit 03/02/2022   Transfer 03/11/2022

67yo woman. Kidney failure -- in-center HD TuThSa; her fistula sits in the
L upper arm. Diabetes (type 2) -- Lantus, 18 units at bedtime; she
does her own shots, always in the thighs. HTN. Obesity.
Came in with RLL pneumonia; ceftriaxone + azithro, now off O2.
VTE prophylaxis: SC heparin 5000u every 8 hrs, first dose 03/04/2022, given
into the abdomen -- please continue at Harrow Point until she walks >150 ft.
Skin on admission & at transfer: intact. Sacrum, heels checked, no redness.
Vitals at xfer: T36.9 P82 BP138/74 R18 Sat95%RA
Wt/BMI: 94.1kg / 36.2
Labs 3/10: WBC 8.8, Hgb 9.7, K 4.6; Ca/Phos/Alb = 9.0/6.4/3.1
Last HD 3/10; next due Sat 3/12 at the Harrow Point contracted unit.
Code status: FULL. Allergy: sulfa (rash).
"""),
("2022-03-24", "SNF to Hospital Transfer Note", """
HARROW POINT SKILLED NURSING -- TRANSFER TO ACUTE CARE
Date: Mar 24, 2022
Reason for transfer: painful skin lesion, ?infection, pain not controlled.

Resident came back to us on 3/11 after her pneumonia stay. On 3/18 the night
nurse found a hard, very tender purplish patch on her R lower abdomen, approx
3 cm. Since then it has spread to 7x5cm, black in the middle w/ a netlike
violet rim. It sits right where her SC heparin has been going in; the MAR shows
every heparin dose was charted to the right side of the belly. Heparin held
as of this morning.
Pain rated 9 of 10 and oxycodone 5 mg barely dents it.
T37.4 P96 BP150/82, fingerstick 212
Sent to St. Aldric ED by BLS ambulance. Daughter (HCP) notified by phone.
"""),
("2022-03-29", "Dermatology Inpatient Consult", """
DERMATOLOGY -- inpatient consult f/u, St. Aldric 5W

Path (3/25/22, deep incisional bx, R lower abdomen): mural calcium within
small fat-lobule vessels, clot inside several lumens, necrotic lobules;
von Kossa positive per Dr. Quill (St. Aldric pathology).
Impression: calciphylaxis, biopsy-proven, arising at her prior heparin
injection sites (R lower quadrant).
Exam: 8x6cm star-shaped necrotic plaque, eschar stuck down, R lower abdomen,
rim of retiform purpura. Thighs, calves, arms: no lesions.
Recs:
 - stop SC injections to the belly altogether; primary team to use IV heparin if needed
 - sodium thiosulfate, 25 g IV, hung during every dialysis run (renal aware)
 - change calcium carbonate to sevelamer
 - wound: nonadherent dressing daily, hold off on debridement for now
 - pain service for opioid titration
Weighed 93.0 kg today, which puts BMI at 35.8.
"""),
]}

C02 = {"patient_id": "C02", "age": 71, "sex": "M", "notes": [
("2023-11-28", "Discharge Summary", """
DISCHARGE SUMMARY -- Coldwater Valley Hospital
Admitted: 11/21/2023        Discharged: 11/28/2023
Principal dx: PD-associated peritonitis (S. epidermidis), resolved
Secondary: R shoulder pain -- rotator cuff tendinopathy on US; no injury

Hospital course: 71M on CCPD for ESRD (IgA nephropathy) came in w/ cloudy
effluent, fluid WBC 1,450. Intraperitoneal vancomycin, cultures clear by 11/24.
He separately c/o R shoulder ache after reaching to a high shelf; no fall.
Ortho saw him: tendinopathy. Nursing began ice packs on the R shoulder,
twenty minutes four times a day, on Thanksgiving Day; to continue at home
along with pendulum exercises.
PMH: T2DM, no meds, just carb counting (A1c 6.6). AF -- took warfarin
through 2019, apixaban since. HTN.
D/C vitals T36.6 P78 BP128/70 R16 Sat97%RA. BMI 29.9 at 88 kg -- overweight, not obese.
Discharge Rx: Eliquis 2.5 mg q12h, IP vancomycin through 12/5, sevelamer,
calcitriol.
F/u: PD clinic 12/19; ortho in 4 wks.
"""),
("2023-12-19", "Nephrology PD Clinic Note", """
PD clinic f/u -- Coldwater Valley Nephrology -- 12/19/23
S: Peritonitis gone, effluent clear since the last vanc dose 12/5. Cycler
running fine at home, UF ~900 mL/night. New complaint: since early December a
painful, woody patch on top of his R shoulder, which went purple with a lacy
edge and now has a dusky-black middle. He cannot sleep on that side.
O: BP 134/76, wt 87.6 kg (BMI 29.9). R posterior-superior shoulder: indurated
violaceous plaque 6x4cm, exquisitely tender, 1.5 cm central necrosis, no
fluctuance, no drainage. Exit site looks clean.
Labs: Ca/Phos/iPTH/Alb = 10.1/7.2/880/3.0
A/P: picture fits calciphylaxis, pending tissue.
 - same-week derm referral so a deep biopsy can be taken
 - stop calcitriol; move him to the lower-calcium PD bags
 - hold any further heat or cold to the skin until seen
"""),
("2023-12-27", "Inter-facility Transfer Summary", """
INTERFACILITY TRANSFER -- Coldwater Valley Hospital -> Marrowby University Hospital
Date: 27-Dec-2023
Pt: 71 y/o man on cycler PD for ESRD, admitted here 12/22 for pain control
of a R shoulder wound.
Key finding: skin bx 12/21/23 (R shoulder) = calciphylaxis; the pathologist
describes calcified arterioles, intimal thickening and thrombosis.
Wound today: 7x5cm necrotic eschar, surrounding retiform purpura, R
posterior shoulder. Head-to-toe skin survey otherwise unremarkable.
Reason: multidisciplinary calciphylaxis care not available here (STS protocol,
hyperbaric oxygen eval, plastics).
Dialysis: CCPD nightly, his cycler travels with him; last exchange this AM.
Vitals T37.0 P80 BP130/72 R16 Sat96%RA.
Meds: Eliquis 2.5 BID; Renvela 1600 TID; Dilaudid 2 mg q4h prn.
Code: Full. Accepting MD: Dr. Ostrowe (nephrology).
"""),
]}

C03 = {"patient_id": "C03", "age": 58, "sex": "F", "notes": [
("2020-06-26", "Inter-facility Transfer Summary", """
TRANSFER SUMMARY   Brackenridge Community Hospital ICU --> Tall Pines LTACH
Adm 06/08/2020      Xfer 06/26/2020
Dx: septic shock from obstructive pyelonephritis, s/p ureteral stent 6/8;
acute-on-chronic kidney injury (baseline CKD 4) without recovery -- now
declared ESRD; IR put in a tunneled R IJ line 6/15 and HD runs
Mon/Wed/Fri.
Course: pressors x5 days; trach 6/17 for slow vent wean.
VTE ppx: SCDs on both lower legs around the clock since admission 06/08/2020;
heparin not given (plt 38K, HIT screen neg).
Skin: mottled, netlike purple color of both calves first charted 6/18, thought
to be shock livedo; now darker, with two small black areas on the L calf.
Nondiabetic -- A1c 5.4. No anticoagulants at home or here.
Ht 165 cm, 112.2 kg, BMI 41.2.
T37.1 P94 BP108/60 vent rate 18, Sat97% on FiO2 .35
Family: husband Omar, phone on face sheet.
"""),
("2020-07-02", "LTACH Wound Care Note", """
WOUND CARE NOTE -- Tall Pines LTACH -- 7/2/20
Consult: bilateral calf wounds, admitted from Brackenridge ICU 6/26.
Per transfer records the discoloration began about 2 weeks ago while in the ICU.
L posterior calf: 9x6cm area of retiform purpura; in its center a 3x2cm dry
black eschar; stellate margins.
R posterior calf: 7x5cm violaceous plaque, small (1 cm) eschar.
Exquisite pain to light touch both legs. Periwound: no warmth, no fluctuance,
no odor. DP/PT dopplerable bilat.
Plan:
 * SCDs discontinued today; RN to d/w MD chemical ppx
 * PVP-I paint on eschar daily, leave dry, no sharp debridement
 * heels floated on pillows, low air loss mattress
 * derm consult for bx
"""),
("2020-07-06", "Dermatology Consult", """
Dermatology consult -- 07/06/2020 (Tall Pines; tele-derm with bedside punch by NP)
Punch bx L posterior calf 7/3/20: subcutaneous arterioles with calcified
walls, tiny thrombi, septal panniculitis. Dx: calciphylaxis.
Distribution: the plaques on both calves occupy exactly the strip that the
sequential compression device sleeves squeezed for three-plus weeks in the
ICU, and stop at the sleeve edges. Sustained sleeve pressure very likely
localized the lesions.
Recs:
 1. STS 25 g intravenously w/ every hemodialysis
 2. stop calcium acetate; sevelamer instead
 3. keep all compression off her legs from here on
 4. wound care per WOC RN, keep eschar dry
 5. pain: acetaminophen around the clock plus a small hydromorphone dose
"""),
("2020-07-30", "LTACH Discharge Summary", """
DISCHARGE SUMMARY -- Tall Pines LTACH
Admit 6/26/2020     Discharge 7/30/2020 to Linden Court SNF
Diagnoses: calciphylaxis both calves (bx-proven 7/3); ESRD on HD; chronic
resp failure, decannulated 7/21; debility.
Course: off vent 7/9, trach out 7/21. Thiosulfate 25 g IV on dialysis days
since 7/6 -- continue. Calf wounds: L 9x6 -> 8x5 cm, R 7x5 -> 6x4 cm, eschar
stable and dry, no infection. Pain improved on scheduled regimen.
T36.8 P88 BP122/68 R18 Sat98%RA. 109.5 kg -> BMI 40.6.
HD: MWF at the Linden Court affiliated unit, 06:30 chair.
Meds: sevelamer 800 with meals, acetaminophen 650 q6h, hydromorphone
(0.5 mg, PRN q4h).
F/u: derm in 3 wks, nephrology weekly at the unit.
"""),
]}

C04 = {"patient_id": "C04", "age": 76, "sex": "M", "notes": [
("2019-06-10", "Discharge Summary", """
DISCHARGE SUMMARY
Fernhill Regional Medical Center | Admit 06/04/2019 | D/C 06/10/2019

76 y/o M w/ AF on warfarin, CAD (diagnostic cath via R femoral approach in
April at Linwood Heart Institute, nonobstructive), HTN, gout. Not diabetic.
Kidneys normal (Cr 0.9, eGFR 79), never on dialysis.
Presented w/ an exquisitely painful dark plaque in the R groin, present since
Memorial Day, slowly enlarging, centered on his old femoral puncture site.
Groin US: no pseudoaneurysm or AV fistula. Derm punch bx 06/06/19 ->
calciphylaxis, non-uremic. INR was 3.4 when he arrived.
Warfarin stopped 6/8, started apixaban 5 mg bid. Thiosulfate IV thrice
weekly begun 6/7, to go on at the outpatient infusion center.
T36.7 P64 irreg BP132/70 R16 Sat97%RA. BMI 30.0.
F/u: dermatology in two weeks; also wound clinic and cardiology.
"""),
("2019-06-24", "Dermatology Clinic Note", """
Dermatology follow-up -- 6/24/19
Dx: non-uremic calciphylaxis, R inguinal crease, confirmed on biopsy 6/6.
Contributors we can name: warfarin (stopped 6/8), obesity (BMI 30.0 at the
hospital), albumin 3.1. No kidney disease, PTH and phosphorus normal.
Exam: R groin, 5x4cm necrotic plaque topped with black eschar, retiform
violaceous border, just lateral to the scrotum -- directly over the April
arterial access point. Nothing new elsewhere on the trunk or legs.
Pain 6/10 (was 9). Tolerating STS infusions, mild nausea.
Plan: thiosulfate infusions thrice weekly for 8 more weeks; apixaban per
cardiology; wound clinic for dressings; recheck in 4 weeks, sooner if fever
or drainage.
"""),
("2019-07-15", "Wound Clinic Note", """
WOUND CLINIC -- Fernhill Outpatient Wound Center, 07/15/2019
Wound #1: R groin, calciphylaxis (bx-proven). Wk 5 of care.
Size 4.6x3.8cm, depth 0.3, was 5.0x4.0. 60% dry eschar, 40% pale pink tissue.
Edges: violaceous, slightly less indurated. Small amount of thin serous
fluid, no smell.
Periwound intact, no maceration in the crease.
Tx today: cleansed w/ saline, calcium alginate to base, bordered foam,
moisture-wicking textile tucked into the fold. Eschar left in place (stable).
Pt reports pain 4/10, sleeping better.
Weight 97.5 kg (BMI 30.0). Continues apixaban, off warfarin since June.
Return 1 wk.
"""),
]}

C05 = {"patient_id": "C05", "age": 62, "sex": "M", "notes": [
("2021-09-17", "Discharge Summary", """
DISCHARGE SUMMARY -- Oakhurst General Hospital, 4 East
Admit 9/12/21      Discharge 9/17/21

62M. Kidney failure; dialyzes at Oakhurst on Tue/Thu/Sat via AV graft
(left upper arm); T2 diabetes -- linagliptin, no insulin; HTN; PVD.
Admitted fluid-overloaded after skipping a treatment; extra UF x2, 4.5 kg
off, back to dry weight.
Event 9/14/21: while pivoting to the bedside commode pt struck his L anterior
shin on the bed rail -> 2 cm skin tear. Steri-strips + foam dressing applied,
incident report filed. No xray needed per hospitalist.
Discharge vitals T36.5 P76 BP146/84 R16 Sat98%RA. Dry wt 78 kg. BMI 27.4.
Meds: linagliptin 5 mg qd, amlodipine 10 mg, cinacalcet 30 mg, plus
sevelamer 1600 w/ meals.
Disposition: home w/ wife; resume HD Sat at Oakhurst Dialysis.
"""),
("2021-10-05", "Dialysis Unit to ED Transfer Form", """
OUTPATIENT DIALYSIS -> EMERGENCY DEPT TRANSFER FORM
Oakhurst Dialysis, chair 11        Date 10/05/2021
Reason: severe leg pain and a black wound on the L shin; pt could not
tolerate his run (stopped at 1 h 40 min).
Hx: pt says the ulcer showed up ~10 days ago, first a sore purple blotch;
now black w/ a violet halo, about 4x3cm, L mid-anterior shin. He does not
remember how it started.
Pre-HD: BP 168/90, HR 98, T 37.8. Post-HD: n/a.
Monthly labs (drawn 10/1) -- iPTH 1120 / PO4 7.9 / Alb 3.2 / corrected Ca 10.4.
Allergies: NKDA. Code: full.
Access: L arm graft, good thrill. Sent via ambulance to Oakhurst General ED,
report called to charge RN.
"""),
("2021-10-08", "Dermatology Inpatient Consult", """
DERM CONSULT 10/8/21 -- Oakhurst General
Asked to see: painful L shin ulcer in HD pt.
Exam: L mid-anterior shin, 4x3cm ulcer capped w/ firm black eschar,
surrounding retiform purpura to 2 cm, tender indurated edge. R leg clear.
Feet warm, DP palpable.
Bx 10/6 (two punches, edge of ulcer): calcification of small vessels within
subcutaneous fat, fibrin thrombi -> consistent w/ calciphylaxis.
Impression: calciphylaxis, L lower leg.
Recs: STS 25 g w/ HD; no calcium binder; stop cinacalcet? -- defer to renal;
avoid any trauma to the legs, pad bed rails; WOC RN for dressings.
"""),
("2021-10-20", "Discharge Summary", """
DISCHARGE SUMMARY -- Oakhurst General Hospital
Admit 10/05/2021   Discharge 10/20/2021 to Birchfield Nursing & Rehab
Principal dx: calciphylaxis, L anterior shin (bx-proven 10/6).
Course: IV STS begun, hung at every HD treatment; phosphorus 7.9 ->
5.6 on sevelamer + diet. Ulcer unchanged in size, eschar dry, no cellulitis.
Pain controlled on scheduled acetaminophen and oxycodone 5 mg q6h prn.
HD TTS continues at Birchfield's partner unit; next run Thu 10/21.
Vitals at d/c T36.6 P80 BP140/78 R16 Sat97%. 77.2 kg, BMI 27.0.
Meds: linagliptin, sevelamer 1600 tid, amlodipine, oxycodone prn.
Next visits: wound clinic in a week, derm in 3 wks.
"""),
]}

C06 = {"patient_id": "C06", "age": 54, "sex": "F", "notes": [
("2024-09-10", "Discharge Summary", """
DISCHARGE SUMMARY   Westmarch Medical Center
Admitted 09/02/2024 -- discharged 09/10/2024
Diagnoses: calciphylaxis, both posterior upper arms (bx 9/4/24); ESRD, on
peritoneal dialysis; type 2 DM requiring insulin; obesity.
Course: 54F who was started on insulin glargine last spring, during an
admission here for hyperosmolar hyperglycemia; a floor nurse showed her how
to give it in the backs of her two upper arms, and she has used only
those spots since.
Painful hard plaques appeared there in June 2024 and began to ulcerate over
the past month. Derm saw her: the lesions are confined to her insulin
injection sites. Deep bx confirmed calciphylaxis. Thiosulfate 25 g IV
started 9/5.
Insulin now to go into the abdomen.
T36.9 P88 BP150/86 R16 Sat98%RA. 91 kg, BMI 33.4.
Never on warfarin.
"""),
("2024-09-23", "Nephrology PD Clinic Note", """
Nephrology -- PD clinic, 23 Sept 2024
54 y/o woman on CAPD since 2021, 4 manual exchanges (1.5% and 2.5%).
Seen after her Westmarch admission for calciphylaxis of the posterior arms.
Arms: still very painful, dressings intact. She has switched her glargine
to the lower abdomen as told; skin there is normal.
Labs: Ca/Phos/PTH/Alb 9.2/6.6/520/3.3, Kt/V 1.8
Plan: STS drips M/W/F in the outpatient infusion room, noncalcium
binder only, cinacalcet 30 mg started, stop calcitriol. Icodextrin for the
long dwell.
BP 142/80, 90.4 kg (BMI 33.1).
RTC 4 wks, earlier if peritonitis signs.
"""),
("2024-10-14", "Wound Clinic Note", """
Westmarch Wound Care Center -- 10/14/24
Dx: calciphylaxis, both posterior upper arms.
R posterior upper arm: 5.2x3.9cm, 80% eschar, border violaceous.
L posterior upper arm: 4.0x3.5cm, half slough and half eschar, scant exudate.
No erythema tracking, no odor, not warm.
Care: normal saline cleanse, cadexomer iodine to slough on the left, dry
gauze + rolled gauze wrap both arms, home health nurse to redo it on
alternate days.
Pain 5/10 when dressings come off; premedicated w/ oxycodone.
Advised no tight sleeves and no BP cuffs on the upper arms.
Return 2 wks.
"""),
]}

C07 = {"patient_id": "C07", "age": 69, "sex": "F", "notes": [
("2017-10-12", "Inter-facility Transfer Summary", """
INTER-FACILITY TRANSFER SUMMARY
Sending: Ridgeline Memorial Hospital, 6 South   Receiving: Hollis Acute Rehab
Admitted 10/2/2017 -- transferred 10/12/2017
69F. ESRD -- Ridgeline Dialysis Mon/Wed/Fri, R chest permcath for now
(L forearm AVF still maturing). Type 2 DM, basal-bolus insulin
(glargine + aspart). Atrial fibrillation, warfarin, INR today 2.4. HTN.
Course: E. coli urosepsis w/ urinary retention. Foley placed 10/3/17,
secured with adhesive tape to her L inner thigh; removed 10/11 after a
passed voiding trial. Cefepime -> ceftriaxone, finished 10/10.
Deconditioned, min assist transfers -- reason for rehab.
Skin: intact except mild tape redness L inner thigh. Sacrum and heels OK.
T36.8 P84 irreg BP138/72 R18 Sat96%RA. 86 kg, BMI 32.1.
Next HD due Fri 10/13; Hollis uses the Kestrel St. unit.
"""),
("2017-11-08", "Nephrology HD Rounding Note", """
HD ROUNDS 11/8/17 -- Ridgeline Dialysis, pod B
Home from Hollis Rehab since 10/27, walking w/ a cane.
c/o pain on the L inner thigh: it started ~3 weeks ago, a reddish sore knot,
now purple and rock-hard, ~5x4cm, w/ a 1 cm black spot in the center.
Labs 11/6: Ca/Phos/PTH/Alb 9.9/6.8/740/3.4. On warfarin, INR 2.9.
Pre 156/80, post 131/70; pulled 2.6 L. Tolerated run.
A/P: painful indurated L medial thigh plaque w/ central necrosis, r/o
calciphylaxis.
 - derm/wound consult this week for bx
 - hold calcitriol; dialysate calcium down to 2.0
 - message cardiology: could warfarin be swapped for a DOAC?
"""),
("2017-11-15", "Wound Care and Dermatology Consult", """
WOUND / DERMATOLOGY CONSULT -- Ridgeline Memorial outpatient, 11-15-2017
Bx 11/10/17 L medial thigh: calciphylaxis (calcified arterioles, occlusive
thrombi, necrotic fat).
The ulcer fills the very rectangle where the Foley securement tape sat
during her October admission (pt's account + the 10/9 nursing photo of the
tape redness). Tape stripping/adhesive injury likely set the site.
Exam: 5x4.5cm ulcer on the L medial thigh, black eschar over about 70%,
retiform border.
Plan: STS w/ HD (ordered), santyl to eschar edges, foam dressing, no tape --
secure w/ tubular netting. Cardiology switched warfarin to apixaban 11/14.
85.1 kg, BMI 31.8. Insulin: glargine 20 u, aspart SSI, into the abdomen.
"""),
]}

PATIENTS = [C01, C02, C03, C04, C05, C06, C07]
