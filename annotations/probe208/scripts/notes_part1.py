"""probe208 corpus notes, D01-D07 (military treatment facility, deployed medicine and the clinics
around them; all people, places and wording invented)."""

D01 = {"patient_id": "D01", "age": 71, "sex": "M", "notes": [
("2022-10-14", "Immunization Clinic Note", """
IMMUNIZATION CLINIC - Halvorsen Army Community Hospital
14OCT2022 0915   Walk-in, retiree hours
Pt: 71 y/o M, SFC (Ret) USA, TRICARE For Life. DoD ID checked x2.

S: Here for Shingrix #2 (1st dose 11 Apr 22) and his seasonal flu shot. Feels well,
no fever, no reaction to past vaccines. States the dialysis nurses want all his shots
on the left because his fistula is in the right forearm.
PMH: ESRD (HD at an off-post network unit, chair Mon-Wed-Fri AM), DM2 on glargine + lispro, HTN, gout.
NKDA.

O: T 97.9  BP 148/82  HR 76  SpO2 97% RA
Ht 5'9"  Wt 213 lb  BMI 31.4

A/P:
1) Shingrix (RZV) IM, L deltoid, dose 0.5mL, lot + exp scanned to record.
2) Fluzone HD 0.7mL IM - L deltoid too, about an inch lower than #1.
VIS sheets handed out. Waited 15 min in lobby, no rxn.
Record updated in MHS GENESIS.
/s/ SGT K. Amsel, 68W // cosign R. Tuller, RN
"""),
("2022-11-18", "Nephrology Clinic Note (TRICARE Network)", """
LAKESHORE KIDNEY ASSOCIATES - network f/u (TRICARE referral on file)
RE: 71M military retiree, ESRD, dialyzing in our unit via R radiocephalic AVF

Interval hx: terribly sore dark patch, L upper arm, that began 3 weeks ago. Wife
reports a black center showing up this week. Pain 9/10 at night, acetaminophen does nothing.

Exam: L upper arm, lateral/deltoid - 6x4cm indurated violaceous plaque,
stellate black eschar ~1.5cm central, netlike purple margin, can't bear light touch.
No fluctuance, no lymphangitic streaks.
Labs 11/14: Ca/PO4/iPTH 9.8/7.1/812, alb 3.2, A1c 7.9.  Kt/V 1.31.

Impression: picture is very worrying for calciphylaxis (CUA).
Plan:
- urgent derm referral (called the base derm clinic myself, seen Tues)
- STS 25gm IV, infuse it toward the end of each of his 3 weekly runs
- stop Tums; sevelamer 1600 TIDWM; titrate cinacalcet toward 60
- low dose hydromorphone prn, bowel regimen
"""),
("2022-12-01", "Dermatology Consult (MTF)", """
DERMATOLOGY CLINIC - Halvorsen ACH
CC: follow up biopsy, L arm

Punch bx 22 Nov 2022, L lateral upper arm, plaque edge: Dr. Wendt describes Ca++
lining the media of small subQ vessels, luminal clot, septal panniculitis and
necrotic fat, von Kossa agreeing. Signed out by her as calciphylaxis.

History reviewed with pt and the GENESIS shot record: Shingrix #2 and high-dose flu were
both given IM, L deltoid, on 14OCT22 in our own immunization clinic. The plaque is
centered right on those two shot sites. Arm ached for two days after, which settled; the
dark patch came later. We believe the vaccine injections localized his calciphylaxis
(Koebner-type pattern).

Exam: eschar 2.0cm, surrounding violaceous induration 6.5x4.5cm, dry.
Wt 211 lb, BMI 31.0.

Plan: continue STS per renal; wound RN to manage dressings; no further IM shots in either
arm until discussed with us; pain per renal.
"""),
]}

D02 = {"patient_id": "D02", "age": 58, "sex": "F", "notes": [
("2019-03-02", "Emergency Department Note", """
EMERGENCY DEPARTMENT - Naval Medical Center Cedar Bay
02 MAR 2019 1412
58 yo F, HMC (Ret) USN, TRICARE Prime
CC: low back pain since hoisting a flat of water bottles at the commissary this AM.
HPI: sudden pulling pain in the lumbar paraspinals L>R, no radiation, no saddle
numbness, no bowel/bladder change, afebrile. HD 3x/wk (Tu-Th-Sa), last run Thursday.
Asked for "the Toradol shot like they gave us on the ship".
PMH: ESRD on HD (IgA nephropathy), AFib on warfarin, HTN. No diabetes.
VS: BP 162/90  HR 88 irregular  T 98.4F  RR 16  SpO2 98%
Exam: paraspinal spasm, SLR neg bilat, 5/5 strength, no midline TTP. INR 2.4.
A/P: acute lumbar strain.
- ketorolac 15mg IM x1, given R upper outer gluteal by RN at 1440 (anuric, single dose,
  discussed risks with pt)
- lidocaine 4% patch to back, walking as tolerated
- PCM f/u 1 wk; return precautions reviewed, pt verbalized understanding
"""),
("2019-03-26", "Dialysis Unit Rounding Note", """
HD ROUNDING - Harborview Dialysis (TRICARE network)   3/26/19
Seen chairside, hr 2 of tx.
S: c/o "a bruise on my backside that burns like fire", R upper outer buttock, noticed it
since around St. Patrick's Day. Wakes her at night. Denies fever.
O: pre BP 148/78, UF goal 2.8 L, access + thrill/bruit.
R upper outer buttock: 3x3cm retiform purpura, dusky gray center, firm, cool, she
flinches even when the gown brushes it. Nothing weeping.
Labs 3/21: Ca/PO4 10.1/6.8, PTH 540, alb 3.5, INR 2.9
A: painful retiform purpura, HD + warfarin - worry re calciphylaxis.
P: wound care + derm referrals sent via TRICARE, ask derm for bx; hold calcitriol;
message cardiology re alternatives to warfarin; foam dressing by unit RN each tx.
"""),
("2019-04-09", "Wound Care Clinic Note", """
WOUND CARE CENTER   9 Apr 2019
Dx: calciphylaxis R buttock - punch bx 04/01/2019 (derm, Dr. Okafor): calcified tiny
subcut arterioles, thrombosed, with necrotic fat; Dr. Okafor's
final diagnosis: calciphylaxis.
Wound assessment: R upper outer buttock, full-thickness necrotic eschar 3.5x3.2cm,
no undermining, periwound violaceous induration 2cm, scant serous exudate, not malodorous.
Pain 7/10.
Tx today: eschar left intact (dry, stable), cleansed w/ NS, silicone foam border dsg.
HD nursing to change it every 3rd day + prn.
Meds: cardiology d/c'd warfarin 4/4, she takes apixaban (2.5mg BID) now; STS 25gm at
every HD.
Wt 74.6kg, BMI 28.0.
Plan: recheck 2 wks, wound photos uploaded. Pt aware this heals slowly.
"""),
]}

D03 = {"patient_id": "D03", "age": 62, "sex": "M", "notes": [
("2024-01-12", "Family Medicine PCM Acute Visit", """
FAMILY MEDICINE - Fort Pardee Army Health Clinic   12 Jan 2024
62 yo M, CW3 (Ret), now DA civilian in range control (winter ops).
CC: "my thighs are on fire" since New Year's Day.
HPI: tender, hard purple areas, anterior thighs bilat. Works 6-8 hrs/day outdoors
checking ranges at -20F. Since November he has been slapping the adhesive air-activated heat packs
(from the PX) onto both front thighs every shift, over long johns; admits some days
straight onto skin when the long johns ride up. No fever, no fall.
PMH: ESRD on CCPD nightly, DM2 diet controlled (A1c 6.2), HTN, 2ndary HPT.
VS: T 98.1  BP 156/88  HR 80  Wt 221 lb  BMI 30.0
Skin: bilat anterior thighs, several 2-5cm firm violaceous plaques, L largest with
small central dark crust, faint lacy livedo around them.
A/P: painful indurated plaques, PD patient - ? calciphylaxis vs cold panniculitis vs
thermal burn. Told to stop the heat packs. Urgent TRICARE referrals to derm and
nephrology.
"""),
("2024-01-19", "Nephrology PD Clinic Note", """
PD CLINIC - Northern Lights Kidney Care (network)   1/19/24
Urgent add-on for thigh lesions.
CCPD 5 cycles/night, 2.5% dextrose x2, Kt/V 1.9, still makes ~400 mL urine/day.
Labs 1/16: Ca/PO4 9.9/7.4, iPTH 1,140, Alb 3.4, ALP 188
Exam: both anterior thighs - indurated violaceous plaques, L 5x4cm now with 1.5cm
black eschar, R 3x3cm, both extremely tender. Catheter exit clean, tunnel nontender.
Imp: clinical picture strongly suggests calciphylaxis; derm punch bx set for 1/24.
Plan: STS must go through the infusion clinic (PD pt), M/W/F; swap calcium acetate for sevelamer;
cinacalcet 30 daily; low-phos teaching w/ RD; heat packs already stopped.
"""),
("2024-02-02", "Dermatology Consult (TRICARE Network)", """
DERMATOLOGY (network)   Feb 2, 2024
Bx L anterior thigh 1/24/24: mural calcium deposits in small dermal/subcut vessels,
fibrin plugs, fat necrosis. Final: calciphylaxis.
Comment: the plaques sit exactly in the two rectangles where he used to put the
adhesive heat warmers on his thighs - a clear koebnerized distribution. Warmers
stopped 12 Jan.
Exam: L ant thigh 5x4.5cm with 2cm eschar, R ant thigh 3.5x3cm, no new sites
on trunk or calves.
Wt 221, BMI 30.0.
Plan: continue STS per renal; wound RN for nonadherent dressings; no heat or cold
directly to skin; RTC 3 wk.
"""),
]}

D04 = {"patient_id": "D04", "age": 57, "sex": "M", "notes": [
("2021-08-10", "Role 1 Sick Call (SF 600)", """
SF 600 - CHRONOLOGICAL RECORD OF MEDICAL CARE
Camp Sarn BAS (Role 1)   DTG 100830ZAUG21
Pt: 57 yo M, civilian contractor (convoy logistics), SFC (Ret) USA, LOA on file
S: painful spot on L side under his vest x 2 wks, getting worse. Wears an IOTV w/ side
plates on convoy days since he got in country in April, 3-4 days/wk, 8-10 hrs.
Denies fever, insect bite or injury. Takes warfarin for Afib (brought supply), last
INR 2.7 at the Role 2 lab two weeks back. Not diabetic.
O: T 98.6  P 84  BP 144/90  R 16   Wt 262 lb / Ht 5'10" (BMI 37.6)
L flank at level of the side plate's lower edge: 4x3cm firm violaceous plaque,
lacy purple border, no fluctuance, no warmth, very TTP.
A: L flank skin lesion - r/o abscess vs pressure injury vs early cellulitis
P: borders marked w/ skin pen, cephalexin 500 QID x 7d, no body armor x 72 hrs
(memo to site lead), RTC 48-72 hrs or sooner prn.
"""),
("2021-08-13", "Unit Medic Note / Field Dressing Change", """
MEDIC NOTE - Camp Sarn BAS   13AUG21 1900L
Writer: SPC Delacroix, 68W
Contractor back for wound check as told. Pain 8/10, no sleep last night, says the
antibiotic "isn't doing a thing".
L flank: purple area now ~1cm past the pen line all around, center turned black
(approx 2cm), dry, nothing smelly. T 98.9, HR 92, BP 150/88.
Cleansed w/ NS, nonadherent pad + ABD applied, pt tolerated.
Talked w/ BN PA (CPT Roorda) who examined pt at 1930: does not look like infection,
?necrosis from something else. PA calling Role 3 derm by telehealth; routine
evac request going up tonight. Pt to stay in his CHU, no convoy duty, no vest.
"""),
("2021-08-20", "Dermatology Consult (OCONUS Regional Medical Center)", """
DERMATOLOGY CONSULT - Rheinfeld Regional Medical Center, Germany   20 Aug 2021
Evacuated from theater for L flank necrotic plaque.
Incisional bx 17 Aug 21, L flank: arteriolar mural calcification, intimal
thickening, occlusive thrombi, broad zones of necrotic fat; vK confirms the calcium.
Dx: non-uremic calciphylaxis.
Workup: Cr 0.9, eGFR >90, Ca/PO4 9.4/3.6, PTH 48, Alb 3.9; INR 2.8 (still on warfarin). Protein C, S sent.
Risks: warfarin 6 yrs, obesity (BMI 37.2), no kidney disease, no DM (A1c 5.4).
The lesion lies exactly beneath the bottom rim of the L side plate of his IOTV, which
he wore many hours a week from April; chronic plate pressure is the likely trigger for
the lesion at this spot.
Plan: warfarin -> apixaban (cardiology concurs), STS 25gm IV three times weekly, wound
care, no body armor. Not fit to return to theater; to CONUS for further care.
"""),
("2021-09-28", "Wound Care Follow-up (TRICARE Network, CONUS)", """
WOUND CLINIC F/U   9/28/2021
57M, Army retiree, home from overseas contract job, TRICARE Select.
Dx: biopsy-proven non-uremic calciphylaxis, L flank.
Wound: L flank 3.1x2.4cm, depth 0.3cm, base ~60% red granulation, remaining yellow slough
and dry eschar at edges, periwound purple fading. Pain 4/10.
Meds: apixaban 5 BID (off warfarin since Aug), STS at infusion ctr 3x/wk, metoprolol.
Not diabetic - repeat A1c 5.3.
Wt 259 lb, BMI 36.8.
Tx: enzymatic debridement ointment to slough, hydrogel, bordered foam; wife will change
it on alternate days, taught today.
Plan: back in 2 wks; weight loss referral placed.
"""),
]}

D05 = {"patient_id": "D05", "age": 69, "sex": "M", "notes": [
("2020-11-11", "Orthotics and Prosthetics Clinic Note", """
ORTHOTICS & PROSTHETICS - Amputee Care Center, Harmon Army Medical Center
11 NOV 2020 (Veterans Day - clinic open for retirees)
69 yo M, 1SG (Ret), R transfemoral amputation 2006 (IED, OIF), K3 ambulator.
Delivered: new R ischial-containment socket, silicone liner, pin lock.
Fit check: dons independently, ~150 ft no AD, mild lateral trunk lean.
Socket: proximal medial brim presses firmly into the R upper inner thigh just below
the groin crease; pt says it "bites" when he sits but wants to keep it ("old one was
worse"). Offered to flare the medial brim today - he declined, will break it in.
Wear schedule 2 hr on / 1 hr off, build up as tolerated. Skin checks BID w/ mirror.
PMH: ESRD (HD, Tu-Th-Sa, chairside at VA-contracted unit); DM2 - uses insulin; DVT 2014 (Coumadin 2014-2016, now apixaban).
RTC 4-6 wks or prn.
"""),
("2021-01-27", "PM&R Amputee Clinic Note", """
PM&R AMPUTEE CLINIC   27 Jan 21
S: black painful spot on the inner R residual limb since mid-January, can't wear the
socket more than 30 min. HD nurses put foam on it.
O: BP 132/70, Wt 81.8kg without prosthesis, BMI 26.9 (amputation-adjusted).
R residual limb: proximal medial thigh ~3cm below the groin crease, 2.5x2cm black
eschar on an indurated violaceous base 6x5cm, tender, faint livedo around it.
Distal limb intact, no verrucous hyperplasia.
A: necrotic ulcer R proximal medial thigh, ESRD + DM - calciphylaxis must be excluded
vs pressure injury.
P: no prosthesis until derm sees him; loaner w/c from DME; derm bx via TRICARE
referral; nephrology informed.
"""),
("2021-02-16", "Dermatology Follow-up", """
DERMATOLOGY F/U   2/16/21
Path (punch 2/5/21, R proximal medial thigh): calcified small subcut
vessels, thrombosed lumens, necrotic fat -> calciphylaxis.
Lesion now a 3x2.5cm eschar, retiform purpura forming a ring. Looked for others on the
L leg, abdomen, buttocks - none.
Labs from HD unit: Ca/PO4 9.2/6.4, PTH 690.
Glargine 18 u at bedtime, A1c 7.4. Off Coumadin since 2016.
Plan: STS per nephrology (started 2/8), wound care weekly, prosthesis on hold,
PT for w/c skills. F/u 4 wks. Pt asked if he can ever wear the leg again - likely yes
once healed and the brim is relieved.
"""),
]}

D06 = {"patient_id": "D06", "age": 66, "sex": "F", "notes": [
("2018-05-07", "Family Medicine Minor Procedure Note", """
FAMILY MEDICINE PROCEDURE NOTE - Delmont AFB Medical Group   7 May 2018
66 yo F, MSgt (Ret) USAF (self), TRICARE For Life.
Procedure: excision of subcutaneous lipoma, R upper back over the R scapula.
Indication: enlarging, aches when she lies supine.
Consent signed, time-out done. Chlorhexidine prep. Local anesthesia obtained.
4cm elliptical incision; 3.2cm encapsulated fatty mass removed intact, to path.
Closed in layers, Vicryl 3-0 deep then six interrupted 4-0 nylon. Blood loss <5 mL.
No complications; pt comfortable throughout.
PMH: ESRD on HD (Delmont Dialysis, M-W-F), HTN, class II obesity (BMI 36.9), no DM,
no blood thinners.
Instructions: keep dry 24 h, then wash gently; sutures out in 10 days at nurse visit.
"""),
("2018-05-17", "Nurse Note - Suture Removal", """
NURSE VISIT - Family Health Clinic   17 May 18
Reason: suture removal, R upper back.
Site: incision over R scapula well approximated, edges flat, no redness, no discharge,
no warmth. All 6 nylon stitches out without difficulty, Steri-Strips placed.
Pt denies pain at site, no fever.
Path result read to pt per PCM: benign lipoma.
BP 138/74, HR 70.
Instructed: Steri-Strips will fall off in about a week, keep clean, watch for redness
or drainage and call the appointment line or come to the ER if so.
Pt verbalized understanding. Next PCM visit in 3 mo.
"""),
("2018-07-10", "Dermatology Follow-up (TRICARE Network)", """
DERMATOLOGY - Bayside Dermatology (network)   July 10 2018
Seen 7/3 on PCM referral for a painful plaque on the back; returns for path.
HPI: since June 20 she has had a burning, very tender purple area along her healed R
upper back scar (lipoma excised at the base clinic 5/7/18). Dark crust in the middle now.
Exam: linear scar over the R scapula surrounded by a 7x3cm firm dusky-violet
plaque, netlike edge, 1cm black eschar at the scar's lateral end.
Path (punch 7/3/18): subcut arterioles with calcified walls and clot, necrotic fat ->
calciphylaxis.
Assessment: calciphylaxis that developed in her excision scar, a Koebner response to
the surgery. PTH 980, PO4 7.9 last month.
Plan: called nephrology - STS with HD; wound care referral; pain control.
Wt 220 lb, BMI 36.5.
"""),
]}

D07 = {"patient_id": "D07", "age": 74, "sex": "M", "notes": [
("2017-05-30", "Acute Care Clinic Note", """
ACUTE CARE CLINIC - Fort Wyeth Army Health Clinic   30 May 17
74 yo M, MSG (Ret), TFL.
CC: scraped shin.
HPI: camping at the post FamCamp with the grandkids, tripped over a tent stake after dark
yesterday (Memorial Day) and the stake raked his L shin open. Rinsed with bottled water. Tdap 2015.
PMH: ESRD - does his own CAPD bags x4/day; DM2, Lantus 22 u at night; CAD s/p CABG.
Only antithrombotic: ASA 81.
VS: 136/78, 72, 97.6 F. BMI 29.9 - overweight.
Skin/exam: L anterior mid-shin, 4x1.5cm partial-thickness abrasion, minimal serous ooze,
no FB, no surrounding redness. DP 1+.
Tx: irrigated w/ NS, bacitracin, nonadherent dsg.
Plan: daily dsg change by wife; infection precautions given, esp. w/ DM/ESRD; RTC 1 wk
or sooner.
"""),
("2017-06-19", "Peritoneal Dialysis Clinic Note", """
PERITONEAL DIALYSIS CLINIC - Riverbend Kidney Center (TRICARE network)   06/19/2017
Monthly visit. CAPD 4 x 2 L, no peritonitis this yr, exit site clean.
New c/o: painful sore on L shin, started 10 days ago like a purple bruise-colored spot,
now has gone black centrally. Pain 7/10, worst lying in bed.
Exam: L anterior mid-shin, 3x2.5cm necrotic ulcer, stellate black eschar, livedoid
violaceous rim extending 3cm; no pus.
Labs: Ca/PO4 10.2/7.8, iPTH 1020, Alb 3.1.
A: L shin ulcer, CUA vs arterial; with his mineral numbers I lean toward calciphylaxis.
P: derm to punch the edge; calcium acetate off, sevelamer on; wound RN teaching.
"""),
("2017-07-05", "Dermatology Note (TRICARE Network)", """
DERMATOLOGY (network)   5 Jul 2017
Path, punch of L shin ulcer edge 6/23/17: Ca++ laid down in small vessel walls
throughout the fat lobules, thrombosed lumens, lobular panniculitis. Consistent with
calciphylaxis.
Exam: L anterior mid-shin ulcer 3.4x2.8cm, eschar, surrounding livedo. R leg clear.
BMI 29.9, overweight. On insulin. Not on warfarin.
Plan: STS three times a week at infusion center (PD pt), nephrology managing binders and
cinacalcet, wound care weekly, pain regimen reviewed, gabapentin renally dosed.
Wife doing dressings well. RTC 4 wk.
"""),
]}

PATIENTS = [D01, D02, D03, D04, D05, D06, D07]
