"""probe139 corpus notes, A01-A07 (burn unit, plastic and reconstructive surgery, and the clinics around them; all invented)."""

A01 = {"patient_id": "A01", "age": 62, "sex": "M", "notes": [
("2019-03-04", "Burn Unit Admission H&P", """
BURN UNIT ADMISSION H&P -- Larkspur Regional Burn Center, 4 West
DOS 03/04/2019

CC: "boiled my leg"

HPI: 62M, dialysis-dependent ESRD (in-center Tue-Thu-Sat, R brachiocephalic AVF),
DM2 on insulin, severe peripheral neuropathy. Last evening 3/3/2019 approx 1900 he was
tipping a stockpot of
boiling pasta water into the sink, handle slipped, water went across the R anterior thigh
through fleece sweatpants. Felt little at first ("my legs are half numb"), got the pants off
maybe 10 min later. Wife ran cool tap water over it, brought him in this AM.

BURN EXAM: 4% TBSA. R anterior thigh, mid to distal third, partial thickness, part superficial,
part deep; cap refill sluggish centrally, ruptured bullae along the margins. Not
circumferential.

PMH: ESRD (diabetic, never biopsied), DM2, HTN, CAD s/p PCI 2014.
MEDS: Lantus 18u nightly, Humalog per correction scale, sevelamer 1600mg w/meals,
cinacalcet 30mg, carvedilol, atorvastatin, clopidogrel. No anticoagulant.

VS: 37.1C / P 88 / 162/91 / resp 16 / 97% on room air.  104.6kg, BMI 33.1
LABS: Na 136 / K 5.4 / BUN 58 / Cr 8.9 / glucose 214 / PO4 6.8 (on binder) / Ca 9.1 / alb 3.3

A/P: 4% TBSA partial thickness scald R ant thigh in neuropathic diabetic HD pt.
- silver foam dressing, change q3 days; re-look at depth day 3, ? excision/graft
- oxycodone 5 mg q4h prn, no NSAIDs
- renal to dialyze tomorrow; BG goal < 180
- teach: check bath/dish water temp with elbow or thermometer, not the feet
"""),
("2019-03-20", "Burn Clinic Follow-up", """
Burn Clinic f/u -- Larkspur Burn Center outpt

S: 17 days after scald R anterior thigh. Afebrile. Itching is the main complaint, worse at
night. Wife doing dressing chnages every third day. Making all HD sessions. Fingersticks
140s-220s.

O: BP 148/84  HR 80
R anterior thigh burn ~90% re-epithelialized, pink and shiny. Two small open spots at distal
edge, 1.0x0.6cm and 0.5x0.5cm, clean granular base, no purulence, no spreading
erythema. No graft required.

A: Healing partial thickness scald, R ant thigh. No operative need.

P: Petrolatum gauze to the two open spots until closed, then fragrance-free emollient BID.
Sun protection SPF 30+ over the new skin x 1 yr. Avoid hot tubs. Hydroxyzine 10 mg qhs prn itch
(renal dose). No pressure garment needed for this depth/location.
RTC 6 wks, sooner for blisters, drainage, fever.
"""),
("2019-05-07", "Dermatology Consult", """
DERMATOLOGY CONSULT (outpatient)
Referred by: Dr. Ostrowski, nephrology
Reason: "very painful spot on leg, ?infection"

HPI: 62 y/o man, in-center hemodialysis for ESRD, insulin-treated DM2. Had a scald burn R
anterior thigh on
03/03/19 managed at the burn center w/o grafting; closed by early April. About 3 wks ago he
noticed a tender purplish patch inside the healed burn skin; it has darkened centrally
since. Pain rated 9/10, "worse than the burn itself", keeping him up. No fever.

EXAM: R anterior thigh, within the pale, glossy healed scald scar: 6x4.5cm firm stellate
violaceous plaque w/ retiform edges, central stuck-on black eschar 2x1.5cm. Exquisitely
tender to light touch. Net-like livedo extends a few cm proximal. Left thigh, abdomen and
both calves clear.
Labs drawn at HD 4/30 -- Ca/PO4/iPTH 9.6/7.4/812, alb 3.1.

ASSESSMENT: Retiform purpura + eschar inside a healed burn scar, HD pt -- very concerning for
calciphylaxis. DDx cholesterol emboli, vasculitis, warfarin necrosis (no warfarin
exposure ever).

PLAN: Two deep punches today from the active purpuric edge (eschar avoided); requested
routine histology plus a von Kossa calcium stain. Hydrocolloid over bx sites. Will call
nephrology w/ path.
"""),
("2019-05-16", "Nephrology Dialysis Progress Note", """
NEPHROLOGY - in-center HD rounding -- Fernhill Dialysis, chair 11

Path back (derm punch bx 5/7/19, R thigh): subcutaneous arterioles with mural (medial)
calcium deposits and intimal thickening, von Kossa-positive; septal fat necrosis.
Diagnosis: CALCIPHYLAXIS.

S: Pain still 8/10, needs oxycodone before every run. Eating less.
O: BP 154/80 pre, 139/77 post. Wt 103.2 kg (BMI 32.7). EDW 101.5.
R ant thigh plaque same size as derm photos, eschar dry, no drainage.
Kt/V 1.31. Ca 9.4 | PO4 7.1 | PTH 790.

A/P:
# Biopsy-proven calciphylaxis R anterior thigh. Notably it started inside the healed scald
  scar from March -- localized to the prior burn injury site (Koebner-like).
  - sodium thiosulfate 25g IV, infused over the last 60 min on the machine
  - lengthen treatments to 270 min, 2.0 Ca bath; cinacalcet up to 60 mg
  - non-calcium binder only; stop calcitriol
  - refer wound clinic + palliative care for pain
# DM2: glargine per PCP, BG acceptable
"""),
]}

A02 = {"patient_id": "A02", "age": 55, "sex": "F", "notes": [
("2020-12-29", "Burn ICU Progress Note", """
BURN ICU PROGRESS NOTE  HD#6
Larkspur Regional Burn Center

55F, ESRD, in-center HD on a Mon-Wed-Fri chair, L upper-arm AV graft, paroxysmal AF on
warfarin, HTN, admitted
12/24/20 after a kitchen fire (oil pan flare, sleeve and apron caught). 9% TBSA deep partial
thickness to lower chest and upper abdomen, treated w/ enzymatic debridement + silver
dressings, no grafting planned at this time.

Overnight: HR 110s in AF RVR x 2 hrs, rate controlled w/ metoprolol.
INR 1.4 this am (warfarin held on admission for possible OR, now not needed).
Per cardiology start enoxaparin bridge 12/28/20 until INR therapeutic; renally dosed.
Abdomen/chest burn dressings -> RN to give enoxaparin shots in the anterior thighs,
alternating R and L, NOT in the burned abdominal wall.

VS: T 37.4 HR 96 irreg BP 128/70 SpO2 96% 2L.  BMI 27.5 (74 kg)
Labs: WBC 11.2 Hgb 8.9 K 4.8 Ca 8.7 Phos 5.9 Alb 2.6

Plan:
1. Burns 9% TBSA: continue silver dressings daily, PT/OT, high protein renal diet
2. AF: metoprolol, enoxaparin 30 mg SC q24h, resume warfarin 5 mg tonight
3. ESRD: HD today per renal
4. Pain: hydromorphone prn before dressing changes
"""),
("2021-01-26", "Dermatology Consult", """
Derm consult, inpatient (readmitted via ED for thigh pain)

55 yo woman on maintenance HD, AF anticoagulated with warfarin, recent 9% TBSA flame burn
(Dec 2020) to chest/abdomen,
discharged 1/8/21. During that stay she recieved enoxaparin injections into both anterior
thighs from 12/28/20 as a bridge.
Pt describes exquisitely painful "bruises" on the front of each thigh that began 2 wks ago
and turned dark.

Exam: Bilateral anterior thighs with multiple 2-5 cm indurated, stellate violaceous plaques,
several w/ central dusky necrosis, set in livedo racemosa; the plaques sit exactly
where she points to the injection sites. Burn wounds on the abdomen healing, pink, no necrosis.

INR 2.8. Ca 9.2, Phos 7.9, PTH 640. Protein C/S pending.

Impression: Retiform purpura with necrosis at enoxaparin injection sites, both thighs, in an
anticoagulated HD patient -> calciphylaxis favored. Other considerations: skin necrosis from
warfarin; HIT-associated necrosis (plt 210, stable).
Plan: 6 mm punch bx x2 (R and L thigh) today.
"""),
("2021-02-02", "Nephrology Inpatient Progress Note", """
Renal progress note

Bx results (1/26, R + L anterior thigh): calcification of small-vessel media, microthrombi,
von Kossa stain +, c/w calciphylaxis. HIT Ab neg.

Assessment:
- Biopsy-proven calciphylaxis, both anterior thighs, exactly where enoxaparin was injected
  during her December burn admission.
- ESRD on HD MWF
- AF: warfarin stopped today (calciphylaxis risk), switching to apixaban (2.5mg bid)
  -- agreed w/ Dr. Lindqvist, cardiology.

Plan:
- sodium thiosulfate 25g IV each dialysis
- add 4th HD session this week, low Ca bath
- stop calcium carbonate; sevelamer 800 mg three times daily
- wound care: gentle cleansing, nonadherent dressings, not debriding at this stage
- pain team following

Vitals: BP 132/74, HR 82, afebrile. Weight 73.1 kg.
"""),
]}

A03 = {"patient_id": "A03", "age": 68, "sex": "M", "notes": [
("2022-10-14", "Operative Report - Burn Surgery", """
OPERATIVE REPORT
Surgeon: K. Adebayo-Lind, MD (Burn/Plastics)
Date: 10/14/22

Preop dx: Full thickness contact burn L dorsal hand, ~1.5% TBSA (grabbed hot oven rack 10/6,
peritoneal dialysis pt w/ DM2)
Postop dx: same
Procedure:
1. Tangential excision L dorsal hand burn, 120 cm2
2. STSG 0.012 in, harvested from the L lateral thigh, meshed 1:1.5,
   applied to L dorsal hand
Anesthesia: GA/LMA. EBL 40 mL.

Findings: nonviable dermis down to paratenon over the 3rd-4th extensor tendons, tendons intact.

Description: Pt identified, timeout. Burn excised w/ Goulian knife to punctate bleeding.
Hemostasis w/ epinephrine-soaked Telfa and cautery. Dermatome set 0.012 in, graft taken from
L lateral thigh 10 x 12 cm. Graft meshed, stapled in place, tie-over bolster, volar resting
splint in intrinsic-plus. Donor site dressed with Xeroform and ABD.
Pt to PACU stable.

Postop: keep hand elevated, no PD catheter issues intraop, resume nightly cycler tonight.
"""),
("2022-12-06", "Nephrology PD Clinic Note", """
PD CLINIC -- Halvorsen Home Dialysis Program

68M on CCPD x 4 yrs, DM2, HTN. Hand graft healed per burn clinic.
New problem: the lateral L thigh has been exquisitely sore since late November. He says it
began as a hard "knot", now darkening centrally. Pain wakes him at night.

Current Rx: 5 exchanges on cycler, 2.0 L, 1.5%/2.5% dextrose, icodextrin last fill.
Meds: linagliptin 5mg, calcium acetate (two 667s with meals), calcitriol .25, amlodipine,
torsemide. Not on insulin.

VS: BP 141/82 HR 77 Wt 97.8 kg Ht 180.5 cm -> BMI 30.0
Exam: L lateral thigh - 5x7cm tender indurated plaque, violaceous rim, central black eschar
about 1.5cm. Catheter exit: no crust, tunnel nontender.
Labs: Ca 10.2 (on Ca acetate) / phos 6.5 / PTH 355 / albumin 3.2. Kt/V (wk) 1.8.

Assessment: necrotic tender plaque on the lateral L thigh; PD, on Ca binder + calcitriol.
Concerned for calciphylaxis.
Plan: stop Ca acetate -> sevelamer; hold calcitriol; urgent derm for biopsy.
"""),
("2022-12-20", "Wound Care Clinic Note", """
WOUND CLINIC

Dx: calciphylaxis, biopsy proven (derm punch bx 12/9/22, L lateral thigh: calcified
subcutaneous arterioles, von Kossa+, thrombosis, panniculitis).

Location: L lateral thigh, mid
Size: 6.2x7.5cm, depth unmeasurable (eschar)
Bed: eschar 80% (dry, black) / slough 20% (yellow, at margin)
Periwound: violaceous, indurated, livedo
Exudate: scant serous, odor -
Pain: 8 of 10 resting, 10 of 10 during dressing change.

Treatment: leave the eschar alone and dry -- it is acting as a cover; no sharp
debridement yet. Cadexomer iodine to the
slough edge, foam border dressing; home health changes it Mon/Wed/Fri.
Intraperitoneal sodium thiosulfate was offered by nephrology; pt declined, so IV STS is
arranged at the Birchwood infusion suite, Tue/Thu/Sat.
Pt and daughter educated on s/s infection. F/U 2 wks.
"""),
]}

A04 = {"patient_id": "A04", "age": 47, "sex": "F", "notes": [
("2017-11-21", "Burn Clinic Follow-up", """
BURN CLINIC - Larkspur Burn Center, outpatient

47 y/o woman, ESRD, HD thrice weekly via L forearm AVF, nondiabetic, seen 7 wks after a
flame burn of the R
forearm and R hand from a propane camp-stove flare (10/1/17), 3% TBSA, excised and grafted
10/6/17 (donor site L thigh).

Now: grafts 100% stable, donor healed. Hypertrophic scarring developing along the R volar and
dorsal forearm, raised and red. Itching 6/10. ROM near full at wrist; mild web-space tightening.

VS: BP 138/86, P 74, weight 62kg / BMI 24.2.

Plan:
- Scar massage TID, silicone gel sheeting
- OT referral: measure for custom pressure garment R arm (gauntlet + sleeve to mid upper arm),
  to be worn ~23 h/day once fabricated
- Consider fractional CO2 laser later if scars persist
- RTC 3 months
"""),
("2018-07-10", "Burn Scar Clinic Note", """
Burn scar / OT clinic

S: Pt has worn the custom R arm pressure sleeve 23 hrs/day since this spring (delivered
and fitted in the spring; she was late picking it up). States the top band of the sleeve
"digs in" on the R upper arm. New exquisitely painful spot at that band line that started on
6/2/18; it was red, then purple, now crusted black. Afebrile.

O: Forearm scars flatter and paler, good response to pressure. R upper arm, medial/posterior,
at the proximal silicone gripper band: 3x2.5cm firm violaceous plaque w/ stellate
central eschar and a thin ring of livedo. Very tender.

A/P: Necrotic lesion under the pressure-sleeve band, R upper arm, HD patient.
Removed sleeve, sleeve cut down to below the elbow for now.
Messaged nephrology (Dr. Pruitt) - concern for calciphylaxis; derm referral placed urgently.
"""),
("2018-07-24", "Dermatology Clinic Note", """
DERMATOLOGY

Chief complaint: painful R arm lesion.

47F, ESRD (IgA nephropathy) on hemodialysis. Not diabetic. No blood thinners. BMI 24.2.

R upper arm: 3.5x3cm purpuric plaque, necrotic centre, livedoid border. It is exactly
under where the proximal band of her burn pressure sleeve sat (band worn since spring 2018).

Path (7/13/18 incisional bx, R upper arm): calcified media in small
subcutaneous arteries, intravascular thrombi, von Kossa +. Diagnosis = calciphylaxis.

Impression: R upper arm calciphylaxis that arose under the compression band of her
pressure garment -- pressure-induced localization (Koebner-type).

Plan:
- No compression garment above the elbow
- STS with dialysis (ordered by nephrology 7/16)
- Wound: petrolatum + nonadherent gauze, daily
- Pain: gabapentin 100mg post-run
- f/u 4 weeks, photos taken
"""),
]}

A05 = {"patient_id": "A05", "age": 71, "sex": "M", "notes": [
("2023-07-04", "Emergency Department Note", """
ED PROVIDER NOTE -- St. Brendan Community Hospital
Date: 07/04/2023  Time seen: 21:40

CC: dog bite R leg

71 yo M bitten by neighbor's dog (shepherd mix, vaccinated per owner) at a July 4th cookout
this evening. Bites to the R posterior calf.
PMH: ESRD on dialysis (Mon-Wed-Fri unit schedule), DM2 requiring insulin, mech mitral
valve on warfarin, PAD.
Last Td 2021.

Vitals: BP 171/88, HR 84, T 36.9, SpO2 98%
Exam: R posterior calf, mid: 3 puncture wounds and a 4 cm ragged laceration, oozing,
no tendon exposure. DP/PT pulses dopplerable. Sensation diminished baseline (neuropathy).
INR 2.9.

Procedure: irrigated w/ 1 L NS and explored. Given bite mechanism, all wounds left open to
heal by secondary intention. Bulky nonadherent dressing.

Plastic surgery (Dr. Okafor) consulted by phone: agrees no formal repair, f/u in plastics
clinic.

Dx: dog bite, R calf, on anticoagulation
Rx: amoxicillin-clavulanate renally dosed x 5 days; wound checks; animal control report done.
Dispo: home, f/u 48 h.
"""),
("2023-07-28", "Nephrology HD Rounding Note", """
HD ROUNDING - Marsh Creek Dialysis

71M dialyzing via R IJ tunneled catheter (new AVF not ready yet), DM2 on insulin, mech
MVR on warfarin.
Seen chairside.

S: c/o severe pain R calf x 2 wks, "like it's being burned from the inside". Has been
skipping the last 30 min of runs because he can't sit still.
O: Pre BP 162/78. Weight 86.3 (BMI 28.4).
R posterior calf: 7x5cm area of violaceous,
net-like discoloration with firm indurated center and 1 cm dusky patch. Exquisitely tender.
Labs: Ca 9.9; phosphorus 8.1 (dietary nonadherence); PTH 1040; INR 3.1.
A: new painful retiform purpura R calf, HD pt on warfarin, hyperphosphatemic -> r/o
calciphylaxis vs cellulitis.
P: derm/wound urgent; lanthanum added; reinforce phos diet. Will ask cardiology about the
warfarin (mech valve, stopping is not simple).
"""),
("2023-08-09", "Plastic Surgery Clinic Note", """
PLASTIC SURGERY CLINIC -- Dr. Okafor

71M, HD, DM2 (insulin), mechanical MVR on warfarin (cardiology: heparin bridge not feasible
as outpt, so warfarin continues, aiming INR 2.5-3).

Biopsy (derm 7/31/23, R posterior calf): calciphylaxis -- calcified medium/small vessels
throughout the subcutaneous fat, thrombosed lumina; von Kossa stain positive.

Exam: R posterior calf mid: 7.5x6cm necrotic ulcer, dry eschar, surrounding purpuric
livedo.
Pulses: DP dopplerable, PT faint.

Assessment: calciphylaxis R posterior calf, biopsy-proven. Not a candidate for excision +
grafting now (poor perfusion, anticoagulated, active disease).

Plan: conservative wound care, STS via nephrology, consider HBO referral, recheck 3 wks.
"""),
]}

A06 = {"patient_id": "A06", "age": 39, "sex": "F", "notes": [
("2017-04-18", "Nephrology PD Clinic Note", """
PD CLINIC - Halvorsen Home Dialysis

39 y/o woman, type 1 diabetic since childhood, ESRD (diabetic nephropathy), on CAPD
since 2015. Insulin pens (glargine, aspart) go into the abdomen, kept well away from the
PD exit site.

Interval: Saw plastic surgery (Dr. Adebayo-Lind) for keloids of the R breast
that grew out of teenage acne cysts, thick and itchy, catching on clothing. Had a series of
triamcinolone (Kenalog) injections into the R breast keloids in March, "they hurt a lot".

Rx: 4 x 2 L exchanges/day, 1.5% x3 + 2.5% overnight.
Meds: insulin as above, sevelamer 800mg w/meals, calcitriol .5mcg, darbepoetin, ferrous sulfate.

VS: BP 126/78 P 82 Wt 58.4 kg Ht 160.5 cm (BMI 22.7)
Exam: exit site clean. R breast keloids firm, mildly red, a bit flatter.
Labs: PTH 118 (low-ish on calcitriol), calcium 10.0 uncorrected, phos 6.2, A1c 8.1.

Plan: reduce calcitriol to 0.25 mcg (PTH < 150), keep phos < 5.5, diet teaching.
"""),
("2017-06-13", "Plastic Surgery Clinic Note", """
Plastic & Reconstructive Surgery f/u

S: 39F with ESRD on PD, T1DM. Returns earlier than planned for pain at the R breast keloids since
May. Describes "purple knots" that became sores where the steroid went in.

O: R breast, lateral and inferior quadrants, in and beside the keloid plaques: four
1-2.5 cm firm violaceous nodules, two w/ a black necrotic centre, faint livedo
around them. These correspond to the injection points from March (marked on our keloid map).
No fluctuance. Nipple-areola uninvolved. L breast normal.

A: Painful necrotic nodules at the sites of intralesional triamcinolone, R breast keloids, in a
PD patient. Ddx steroid-related fat necrosis/atrophy vs infection vs calciphylaxis.

P: Hold further Kenalog. Derm referral for biopsy this week. Discussed with PD nephrologist.
"""),
("2017-06-27", "Dermatology Clinic Note", """
Dermatology f/u -- biopsy results

Punch bx 6/15/17 (R breast, lateral): vessel walls in the subcutis encrusted with calcium,
which also outlines fat lobules; thrombosed capillaries; von Kossa positive. No granulomas;
Gram/PAS/AFB negative.

Dx: calciphylaxis of the R breast. The lesions arose since May at the March triamcinolone
injection sites in her keloids, i.e. at sites of prior needle trauma.

Exam today: nodules enlarging, newest 3 cm with eschar. BMI 22.5 (58.0 kg).

Plan:
- Discussed diagnosis, prognosis w/ pt and husband
- Nephrology to begin STS and stop calcitriol; consider switching to HD for better phos
  clearance -- for now she would rather stay with home PD
- No more keloid injections anywhere
- Topical STS compounded cream trial to nodules
- RTC 3 wks
"""),
]}

A07 = {"patient_id": "A07", "age": 58, "sex": "F", "notes": [
("2025-01-13", "Burn Clinic New Patient", """
BURN CLINIC NEW PT -- Larkspur Burn Center
DOS 2025-01-13

58 yo F referred from urgent care. On Saturday 1/11/25 she fell asleep in her recliner with
the back of her L leg against a ceramic space heater. Woke up w/ blistering, no pain at
the time ("I didn't feel a thing").

PMH: recurrent DVT (2019, 2023) on warfarin, morbid obesity, hypothyroid, OA knees.
No diabetes. Kidneys fine -- creatinine 0.8 (December).
Meds: warfarin 6 mg, levothyroxine 125 mcg, acetaminophen.

VS: BP 134/76, HR 78, Wt 102 kg, BMI 36.2

Exam: L posterior calf, 6x4cm contact burn, deep partial thickness, white/mottled center,
ruptured blisters. Not circumferential. Cap refill toes brisk.
Est 1% TBSA.

Plan:
- Silver alginate + gauze, change q3d at home, review in 1 wk; likely heal w/o graft in 3 wks
- Elevate; avoid heater, space-heater safety handout
- INR check; continue warfarin
"""),
("2025-03-28", "Primary Care Visit", """
PCP visit -- Ridgeview Family Medicine

S: 58F here for leg pain. Her January heater burn was discharged from burn clinic in
Feb as healed. Since St. Patrick's Day she has a new "deep burning" pain at the L posterior calf
with a purple blotch that is spreading; cannot sleep. Took extra acetaminophen.
Remains on warfarin (recurrent DVT). No new meds.

O: T 36.8 BP 140/80 HR 84 Wt 101.4 kg (BMI 36.0)
L posterior calf: 8 x 6 cm livedoid, violaceous plaque with firm induration and a small
1 cm dark center; very tender; no warmth, no fluctuance. Calves symmetric in size; Homan neg.
Doppler done today: no DVT.
INR 3.4. Cr 0.8, Ca 9.8, Phos 3.9, albumin 3.4.

A/P: retiform, painful plaque L posterior calf, on warfarin. Not typical cellulitis.
- urgent dermatology referral (appointment 4/8)
- hold warfarin tonight, recheck INR Monday
"""),
("2025-04-08", "Dermatology Consult", """
DERMATOLOGY

58 yo F, normal renal function, on warfarin for recurrent DVT, obese (BMI 36.0).
Painful L posterior calf lesion x 3 weeks.

Exam: L posterior calf, 9x7cm indurated plaque
w/ stellate retiform purpura, black central eschar 2cm.

Two 6mm punches taken this morning from the purpuric rim, rush processing.
ADDENDUM 17:10 (Dr. Siddiqui, dermpath): arterioles of the subcutis calcified, thrombus in
several lumens, necrotic fat lobules; calcium proven on von Kossa.

Diagnosis: NON-UREMIC CALCIPHYLAXIS, L posterior calf. Risk factors here: obesity, warfarin.

Plan:
- Stop warfarin; hematology to transition to apixaban
- Labs: intact PTH, vitamin D (25-hydroxy), protein C and S activity, ANA
- IV sodium thiosulfate 3x/wk (infusion center)
- Wound: keep eschar dry, no debridement
- F/U 2 wks
"""),
]}

PATIENTS = [A01, A02, A03, A04, A05, A06, A07]
