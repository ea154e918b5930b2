"""probe144 corpus notes, F08-F14 (clinical nutrition and dietetics, and the clinics around them; all invented)."""

F08 = {"patient_id": "F08", "age": 70, "sex": "M", "notes": [
("2025-02-20", "Nutrition Support Service PN Consult", """
NUTRITION SUPPORT SERVICE -- PARENTERAL NUTRITION CONSULT

70M, radiation enteritis (prostate XRT 2016) with recurrent partial SBO; surgery wants bowel
rest >= 4 wks, NPO. ESRD, dialysis TTS, L arm fistula. T2DM, glargine 14 u daily. No warfarin.
Access: PICC placed 2/18/25 by IR in the R basilic vein (R medial upper arm), 5 Fr double
lumen, securement device + transparent dressing. Nephrology agreed only after other options
were exhausted (vein preservation concern documented).

Anthro: Ht 175 cm, Wt 75.0 kg, BMI 24.5; 7% wt loss in 3 mo, intake <50% x >1 mo
-> moderate malnutrition, chronic illness context.
PN rx (day 1, refeeding risk): 1.2 L, dextrose 150 g, amino acids 90 g (1.2 g/kg), lipid
emulsion 20% 250 mL three times weekly, K 0 on HD days, phos 10 mmol.
Regular insulin 8 units in the bag plus correction scale; glargine continues.
Labs: K 4.6  Phos 3.1  Mg 2.0  TG 160  BG 188

Monitor phos/K/Mg daily x 3 days, then advance dextrose to 220 g. Home PN teaching if
bowel rest is prolonged.
"""),
("2025-03-25", "Nephrology Office Visit", """
NEPHROLOGY OFFICE VISIT -- Dr. R. Castellanos

70M on HD TTS, now home PN via the R arm PICC since 2/18.
C/O: pain and purple hardening of the skin on his R inner upper arm around the PICC, began
on St. Patrick's Day. Home infusion RN noticed a dusky net-like color under and beyond the
dressing. No fevers. Line flushes and draws.
Exam: R medial upper arm, 6x4 cm indurated violaceous patch with retiform edges centered
on the PICC exit and securement area, 1 cm black center. No purulence, no palpable cord, no
arm swelling.
Labs: WBC 7.1  Phos 6.6 (on PN)  Ca 10.3  iPTH 702

A/P
DDx calciphylaxis vs line-related thrombophlebitis vs exit-site infection.
- upper-extremity venous doppler today, blood cultures x2 from line and periphery
- urgent derm biopsy
- PN phosphate cut to 0 on HD days; calcitriol held
"""),
("2025-04-03", "Dermatology Inpatient Consult Follow-up", """
DERMATOLOGY -- CONSULT FOLLOW-UP

Bx 3/27/25 R medial upper arm: SC arteriolar calcification + thrombosis (von Kossa+)
= calciphylaxis. Doppler negative for DVT, cultures no growth at 5 days.
PICC removed 3/28; tunneled R IJ line placed for PN.
Exam: R medial upper arm plaque 7x5 cm with 2 cm eschar, tender. No other lesions.
Wt 73.2 kg, BMI 23.9.

A/P
Calciphylaxis of the R medial upper arm, arising at the PICC insertion and securement site
(line placed 2/18/25) -- Koebner localization to a procedure site.
- STS with HD; PN phos kept low; calcitriol off
- calcium alginate + foam, no debridement while eschar dry
- no BP cuffs, sticks or lines in the R arm
"""),
]}

F09 = {"patient_id": "F09", "age": 60, "sex": "F", "notes": [
("2016-04-12", "PD Unit Dietitian Note", """
HOME PD UNIT -- NUTRITION NOTE

60F on CAPD, 4 exchanges/day (two 2.5% bags), T2DM on detemir + aspart.
Insulin: injects every dose into her L thigh and nowhere else - "it's the spot the diabetes
nurse taught me in 2009 and I never changed."
Weight 92.4 kg, height 161 cm, BMI 35.6 - obese.
Labs: Alb 3.4  Phos 5.7  K 3.6  A1c 8.2
Glucose absorbed from dialysate est ~400 kcal/d.

Dx: Excessive carbohydrate intake r/t juice + white bread + dialysate load AEB A1c 8.2 and
wt gain 3 kg/6 mo.
Int: consistent carbs 45 g/meal, juice only for lows, ask PD RN re icodextrin for the long
dwell, K liberalized (K 3.6) with 1 fruit/day added.
Monitor: A1c, wt, K. F/u 2 mo.
"""),
("2016-06-21", "PD Nephrology Clinic Note", """
NEPHROLOGY -- PD CLINIC

60F CAPD, T2DM on insulin, obesity.
New: tender hard area R inner thigh x 10 days, "like a deep bruise that never fades".
Exam: R medial thigh: 5x4 cm plaque, violaceous and indurated, livedoid margin, exquisitely
tender, no ulcer yet. L thigh (where she injects): scattered small lipohypertrophic lumps, no
discoloration.
Labs: PO4 6.2, Ca 9.8, iPTH 610, Alb 3.2
PD: weekly Kt/V 1.8, no peritonitis.

A/P
- rule out calciphylaxis - punch biopsy by derm this week
- switch calcium carbonate -> sevelamer, hold calcitriol
- icodextrin for long dwell approved
"""),
("2016-07-05", "Dermatology Note", """
DERMATOLOGY

Bx 6/24/16, R medial thigh: mural calcium deposition in SC vessels, thrombosis, fat
necrosis; read as calciphylaxis.
All of her insulin still goes into the L thigh, unchanged for years; that side is spared.
Denies any bump, heat, injection or tight garment on the right thigh.
Exam: R inner thigh 6x5 cm plaque, new 1 cm eschar. L thigh clear apart from
lipohypertrophy. BMI 35.1.

A/P: R medial thigh calciphylaxis (bx-proven), no preceding local injury identified.
- IV STS 3x weekly (infusion center), nephrology managing
- wound: foam dressing, no debridement
- rotate insulin to abdomen away from PD catheter vs arms - discussed with PD RN
"""),
]}

F10 = {"patient_id": "F10", "age": 57, "sex": "M", "notes": [
("2020-01-21", "Nephrology Inpatient Consult", """
NEPHROLOGY CONSULT (inpatient)

57M with ESRD, HD (outpt MWF), admitted 1/15 with necrotizing pancreatitis (EtOH). NJ feeds
being tried. T2DM diet-controlled, A1c 6.6, no meds. AF on apixaban (never on warfarin).
Also: painful lesion of the R lower abdomen - wife says he first noticed it on January 5th,
ten days before admission, as purple mottling; it is now hard.
Exam: RLQ abdominal wall: 6x5 cm of firm retiform purpura, dusky necrotic centre.
Epigastric tenderness. No other skin lesions.
Labs: Ca 8.1 (alb 2.6)  Phos 6.9  iPTH 860  lipase 1,400

A/P
1. ESRD: HD per schedule, UF as tolerated.
2. Skin: suspect calciphylaxis -> derm biopsy requested; no calcium-based binder or
   vitamin D; sevelamer.
3. Nutrition: defer to NST.
"""),
("2020-02-11", "Nutrition Support Team PN Initiation Note", """
NUTRITION SUPPORT TEAM -- PN START

NJ feeds failed (ileus, vomiting, high output from NG). PN started 2/10/20 via R IJ CVC.
Wt 96.8 kg, Ht 179 cm, BMI 30.2. Alb 2.4, prealbumin 8.
PN: 1.5 L, dextrose 175 g, AA 115 g (1.2 g/kg adj), lipid 20% 200 mL daily; K/phos per
post-HD labs.
Glucose: BG 240s on PN -> SC insulin correction scale + NPH started 2/10. Nursing gave the
first doses into the abdomen; asked RN to use the upper arms instead and keep away from the
RLQ plaque (calciphylaxis, derm bx 1/24 positive).
Refeeding: phos 2.9 -> monitor daily.
Goals: advance to 2,100 kcal by day 4, trial trophic NJ feeds when ileus resolves.
"""),
("2020-03-03", "Dermatology Follow-up", """
DERMATOLOGY -- FOLLOW-UP (inpatient, rehab floor)

Calciphylaxis RLQ, biopsy 1/24/20. Onset 1/5/20, at home before admission. SC insulin
injections were only started 2/10/20, after the lesion appeared, and nursing now uses
the arms.
Exam: RLQ plaque enlarged to 8x6 cm, central eschar 3 cm, no infection.
Still on PN, NJ trophic feeds at 10 mL/h restarted 2/28 and tolerated so far.
Labs: Ca 8.6  Phos 5.1  iPTH 640  Alb 2.7
A: calciphylaxis, not related to the injections (they came after it). Slow enlargement
despite 5 wks of STS; pain better controlled.
P: STS with HD ongoing, wound care per WOC (alginate, foam, no debridement of dry eschar),
pain regimen per palliative. No subcutaneous injections anywhere on the belly. RD: protein
goal 1.5 g/kg while the wound is open. Re-check in 2 wks.
"""),
]}

F11 = {"patient_id": "F11", "age": 46, "sex": "F", "notes": [
("2018-03-06", "Bariatric Nutrition 6-Month Post-op Visit", """
BARIATRIC NUTRITION -- 6 MONTH POST-OP

46F, 6 mo s/p RYGB (9/5/2017). Mechanical mitral valve (2009) anticoagulated with
warfarin, INR aimed at 2.5 to 3.5, followed by the anticoag clinic. Kidneys normal (Cr 0.7,
eGFR >90). No diabetes (A1c 5.4).
Wt 104.1 kg (pre-op 141.6), Ht 168 cm, BMI 36.9. TBWL 26%.
Intake ~700 kcal, protein ~45 g/d (goal 60-80). Vomits with red meat. Skipping vitamins
"because they're huge".
Labs: Alb 3.1  25-OH D 14 (L)  Ca 8.6  PTH 98 (H)  ferritin 12

Plan: 2 protein shakes/day, chewable MVI + calcium citrate 1500 mg divided, vit D3 50,000
IU weekly x 8, iron per PCP. Eat protein first, small bites, 20 min meals. Labs 3 mo.
"""),
("2018-04-17", "Dermatology New Patient Visit", """
DERMATOLOGY -- NEW PATIENT

CC: painful spot on the R calf x about 4 wks.
46F, RYGB 7 months ago with rapid weight loss, mechanical valve on warfarin for 9 yrs,
normal renal function, vit D deficiency, low albumin.
Exam: R lateral calf 4x3 cm retiform purpura with stellate dusky center, indurated, very
tender. Rest of skin clear.
DDx: calciphylaxis, non-uremic (warfarin, weight loss, low albumin, secondary HPT) vs
warfarin necrosis (unlikely after years) vs vasculitis.
Procedure: 6 mm punch and a deeper incisional wedge from the lesion edge, R lateral calf,
2 sutures. Tolerated well.
Plan: results 1-2 wks; wound care instructions given.
"""),
("2018-05-01", "Wound Care Center Visit", """
WOUND CARE CENTER

Path from 4/17: SC microvessel calcification, thrombi, fat necrosis = non-uremic
calciphylaxis.
Wound R lateral calf: 4.6x3.8x0.2 cm, 60% eschar, 40% slough, moderate exudate, edema
of the lower leg. ABI 1.02.
Procedure: curette debridement (selective) of the loose eschar and slough, R lateral
calf, minimal bleeding. Then foam + multilayer compression wrap over the wound for edema.
Plan: STS infusions Mon/Wed/Fri at the outpatient infusion unit; cardiology says warfarin
must continue (mechanical valve), INR kept at low end of goal. Wrap changed twice weekly.
"""),
("2018-06-12", "Bariatric Nutrition Follow-up", """
BARIATRIC RD FOLLOW-UP -- 9 months post RYGB

S: "The leg finally hurts less." Eating 5 small meals, tolerating chicken and fish now,
still avoids red meat. No vomiting for a month. Walking 20 min/d with the wrap on.
O: Wt 88.6 kg, BMI 31.4 (obesity class I now; was 36.9 in March). TBWL 37%.
Protein ~75 g/d with 1 shake + whey modular in yogurt.
Calciphylaxis of the R lateral calf improving per wound clinic, now 2.9x2.1 cm.
Labs: 25-OH D 31  Alb 3.6  Ca 9.1  PTH 61  ferritin 28  Cr 0.7
Warfarin continues for the valve, INR 2.6.
A: intake and micronutrients much improved; wound healing.
P: keep protein 80 g/d while the wound heals, vit D3 maintenance 3000 IU/d, calcium citrate
500 mg tid, no further weight-loss push until the wound is closed. RTC 3 mo.
"""),
]}

F12 = {"patient_id": "F12", "age": 72, "sex": "M", "notes": [
("2026-01-13", "HD Unit Dietitian Note", """
DIALYSIS UNIT -- RD NOTE

72M on HD MWF since 2022. Type 2 DM, diet only (A1c 6.4). Not anticoagulated.
Poor appetite since December; wt down 6% over 2 mo. Wife says he "picks at food".
Wt 104.5 kg post-HD, Ht 170 cm -> BMI 36 (still obese despite losses).
Labs: Alb 3.0  Phos 4.1  K 4.4  nPCR 0.68

Dx: Inadequate oral intake r/t poor appetite AEB wt loss 6%/2 mo and nPCR 0.68.
Int: renal ONS bid, liberalized diet for now, high-protein snacks on HD days.
If intake does not improve, GI may consider a PEG - discussed with patient and wife, no
decision yet.
"""),
("2026-02-03", "Nephrology Progress Note", """
NEPHROLOGY PROGRESS NOTE

New: a painful black area, L lower abdomen, noticed about 1 wk ago.
Pt denies any shots (not on insulin; the only heparin he gets goes into the dialysis
lines), denies heat of any sort (pads, hot-water bottle) on the belly, tight belts, falls
or knocks.
Exam: LLQ 3x3 cm eschar within 7 cm of retiform purpura, tender.
Labs: iPTH 1020 / PO4 6.3 / Ca 10.0

A/P
- suspected calciphylaxis -> derm biopsy Friday
- cinacalcet, lower dialysate Ca
- PEG evaluation with GI next month: asked GI to place it away from the LLQ if it is done
"""),
("2026-02-24", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP

Bx 2/6/26 LLQ: calcified, thrombosed small vessels (von Kossa +) -- calciphylaxis.
No preceding skin injury identified at the site. PEG deferred - he and his wife chose oral
supplements instead.
Counselled: keep heating pads off the belly, nothing injected into the abdominal skin,
only loose waistbands.
Exam: LLQ 3.5x3 cm eschar, rim unchanged, less tender than 2/6. Thighs, buttocks and legs
clear. Wt 102.2 kg, BMI 35.4.
Plan
- thiosulfate 25 g after every HD session per nephrology, cinacalcet continues
- dry eschar: povidone-iodine paint, bordered foam, no debridement
- RD to follow intake closely, ONS bid
- RTC 3 wks
"""),
]}

F13 = {"patient_id": "F13", "age": 68, "sex": "F", "notes": [
("2018-04-10", "Primary Care Visit", """
PRIMARY CARE -- ACUTE VISIT

68F, ESRD on MWF dialysis, atrial fib (warfarin), T2DM - glipizide.
4/6 dropped a full case of her renal protein shakes on the top of her L foot while unloading
groceries; bruised and swollen since.
Exam: L dorsal foot 5x4 cm ecchymosis over 2nd-3rd metatarsals, mild swelling, TTP, no
deformity, cap refill brisk. L shin and ankle normal.
XR L foot: no fracture.
VS: BP 144/78  HR 84 irreg  T 36.7. Wt 71.9 kg, BMI 26.7.
Today's INR 3.4, above the 2-3 target.
Other: A1c 7.1 on glipizide 2.5 mg; no hypoglycemia.
Plan: elevate, supportive shoe, acetaminophen (no NSAIDs); warfarin dose trimmed per
anticoag clinic, recheck INR Friday. Return if toes turn dusky or pain escalates.
"""),
("2018-05-22", "HD Renal Dietitian Note", """
RENAL RD -- HD UNIT

68F HD MWF, AF on warfarin, T2DM. Foot bruise from April resolved.
S: New: a painful sore, L shin, just above the ankle, started about 10 days ago. Drinks 2
colas a day, cheese sandwich most lunches, shakes daily.
O: Labs 5/17: Phos 6.7  Ca 10.4 (calcium acetate 3 tabs tid)  iPTH 780  Alb 3.6  K 4.8
Wt 71.4 kg, BMI 26.5. IDWG 2.2 kg.
Dx: Excessive phosphorus intake r/t colas and processed cheese AEB phos 6.7.
Int: calcium acetate -> lanthanum (Ca 10.4); cut down dairy & cola; keep protein ~1.2 g/kg.
Told charge RN and Dr. Pellegrino about the sore; derm bx scheduled.
Monitor: phos/Ca next draw.
"""),
("2018-06-05", "Dermatology Note", """
DERMATOLOGY

Bx 5/25/18 L distal anterior shin: calcified media of small vessels and thrombosis
(von Kossa stain +), i.e. calciphylaxis.
Exam: L distal anterior shin, 8 cm above the medial malleolus, 3x2 cm eschar with
retiform purpura. The dorsum of the L foot where the box landed in April is normal; the
lesion arose on the shin, separate from that injury.
A/P: L lower leg calciphylaxis, proven on biopsy.
- off warfarin, on apixaban now (cardiology agreed)
- STS at dialysis; lanthanum; dressings with calcium alginate + foam
- no compression on that leg for now
- RTC 2 wks
"""),
]}

F14 = {"patient_id": "F14", "age": 55, "sex": "M", "notes": [
("2021-02-09", "Home Enteral Nutrition Dietitian Visit", """
HOME ENTERAL NUTRITION -- RD VISIT

55M base-of-tongue SCC s/p chemoRT 2020. PEG placed 11/3/2020 (LUQ). An NG tube in 10/2020
left a healed pressure ulcer at the R nasal ala. ESRD, HD TTS. T2DM: glargine + correction
insulin. No warfarin.
Regimen: 6 cartons 1.5 kcal/mL formula/day bolus via PEG + 200 mL flushes x4.
Peristomal skin: red, moist ring ~2 cm around the PEG, formula leaking at 12 o'clock,
small beefy hypergranulation.
Wt 60.2 kg, Ht 173 cm, BMI 20.1.
Plan: WOC nurse referral; check bumper position; smaller boluses, sit up 45 degrees.
"""),
("2021-03-16", "WOC Nurse Consult", """
WOC NURSE CONSULT

Peristomal: irritant dermatitis from gastric/formula leakage, hypergranulation at 12 o'clock
-> silver nitrate, foam, barrier powder; external bolster adjusted.
Nose: R alar notch scar, healed medical-device pressure injury left by the 10/2020 NG tube,
intact.
New: severe pain in both inner thighs x 2 wks. Painful violaceous plaques with stellate dark
centers on both medial thighs, L 5x4 cm, R 3x3 cm. No trauma there: no injections (insulin
is injected in his arms), no heat, no bumps, no tight garments.
Urgent derm referral sent, nephrology messaged.
"""),
("2021-03-30", "Dermatology Consult", """
DERMATOLOGY CONSULT

Bx 3/18/21 from the L medial thigh shows calcified, thrombosed SC arterioles: calciphylaxis.
Exam: necrotic plaques of both medial thighs, L 6x4 cm, R 3x3 cm, eschar forming.
The peristomal breakdown is irritant contact dermatitis + hypergranulation from leakage, and
the nasal ala scar is an old medical device pressure injury; neither is calciphylaxis.
Labs: iPTH 1210 (up), phosphate 7.4, corrected Ca ~10.6.
A/P: calciphylaxis of both medial thighs; no trauma at these sites.
- STS with HD, cinacalcet, dialysate Ca lowered
- dressings: alginate + foam, pain control with palliative
- feeds: RD to switch to a lower-phos formula
- RTC 2 wks
"""),
]}

PATIENTS = [F08, F09, F10, F11, F12, F13, F14]
