"""probe144 corpus notes, F15-F20 (clinical nutrition and dietetics, and the clinics around them; all invented)."""

F15 = {"patient_id": "F15", "age": 63, "sex": "F", "notes": [
("2023-05-09", "Renal Supportive Care Dietitian Visit", """
RENAL SUPPORTIVE CARE -- DIETITIAN

63F with ESRD (eGFR 8). After long talks she picked conservative (non-dialytic)
kidney care -- no dialysis planned. T2DM on weekly semaglutide (injects her lower abdomen), no insulin.
Sleeve gastrectomy 2019. No warfarin.
Wt 97.6 kg, Ht 159.8 cm, BMI 38.2 (obese).
Labs: K 5.5  Phos 5.4  HCO3 19  Alb 3.7  urea 31 mmol/L
Symptoms: nausea in the mornings, metallic taste, itch at night.
Int: protein 0.6-0.8 g/kg, low-K swaps (leached potatoes, apples instead of bananas),
sodium bicarbonate per MD, small frequent meals, ginger tea for nausea. No extra weight
loss goal now - comfort and symptom control first.
F/u 6 wks, phone check in 2.
"""),
("2023-06-13", "Nephrology Conservative Care Clinic", """
NEPHROLOGY -- CONSERVATIVE CARE CLINIC

63F ESRD, no dialysis by choice. T2DM on semaglutide. Itch better with emollients.
Two tender red-purple nodules on the lower abdomen near her injection spots x 3 wks; one has
a faint mottled halo. No ulceration, no drainage.
VS: BP 148/80  HR 76. Wt 97.0 kg.
Labs: Ca 9.9  Phos 5.8  iPTH 540  K 5.3  HCO3 21
A/P
- injection-site reaction/panniculitis vs early calciphylaxis; the second can't be
  excluded with this Ca x phos and PTH; derm referral
- phosphate binder with meals, RD aware
- continue bicarbonate; no change to ACP decisions
"""),
("2023-07-11", "Dermatology Consult", """
DERMATOLOGY CONSULT

63F, ESRD under conservative management without dialysis, T2DM (semaglutide
weekly), sleeve 2019.
Referred by nephrology for tender abdominal nodules of ~2 months. Labs from 6/13: Ca 9.9,
Phos 5.8, iPTH 540.
Exam: 2 firm subcutaneous nodules lower abdomen, 2-3 cm, faint livedoid rim on one, no
ulcer, no eschar. Wt 96.4 kg, BMI 37.8.
Impression: panniculitis at injection sites vs early calciphylaxis; possible
calciphylaxis, not excluded.
Biopsy offered; she declined ("I have had enough needles and cutting, I just want
to be comfortable").
Plan: move semaglutide injections to the thighs, photos in chart for comparison, warm
compresses NOT advised, reassess at 6 wks, earlier if an ulcer or a black area
appears. Nephrology and supportive care RD updated.
"""),
]}

F16 = {"patient_id": "F16", "age": 83, "sex": "M", "notes": [
("2017-09-05", "LTAC Dietitian Note", """
LONG-TERM ACUTE CARE -- RD NOTE

83M on HD TTS, PEG-fed after recurrent aspiration pneumonias. AF: warfarin was once
considered, never begun (aspirin alone). No diabetes.
Wt 52.4 kg, Ht 166.5 cm, BMI 18.9 (underweight). Down 4 kg since admit 6/2017.
Feeds: renal formula 45 mL/h x 20 h via PEG (1620 kcal, 73 g protein), tolerating, no
residual issues.
Labs: Alb 2.8  Phos 6.5  K 4.9  Na 137
Skin per wound RN: new dusky purple patch, L buttock, not over the sacrum or ischium.
Dx: Severe malnutrition (chronic illness) AEB wt loss 7%/3 mo, muscle wasting temples and
clavicles.
Plan: protein modular +15 g/d, renal MVI, wound consult placed, weekly wt.
"""),
("2017-09-12", "Wound Care Consult", """
WOUND CARE CONSULT -- LTAC

83M, HD, PEG-fed, severe malnutrition.
L upper outer buttock: 6x4 cm retiform violaceous patch with 1 cm black center, not over a
bony prominence, intensely tender to light touch (unusual for a pressure injury in this
pt). Turned q2h on a low air loss mattress.
Labs: PTH 690, PO4 6.5, Ca 9.7
Impression: DTPI versus calciphylaxis (r/o).
Recommend punch biopsy at the edge; family undecided, will discuss with the attending.
Skin prep to periwound, silicone foam, keep off L side, heels floated.
"""),
("2017-09-26", "Palliative Care Note", """
PALLIATIVE CARE -- FAMILY MEETING

83M dialyzed via tunneled R IJ catheter, PEG-fed, frail, declining over the past month.
Family (son Desmond, daughter Anneke) chose a comfort focus. No biopsy of the buttock
wound; it stays undetermined, possible calciphylaxis vs pressure injury.
Continue HD for now through his grandson's visit next week, then reassess.
Feeds continued at the current rate per family wishes; pain: low-dose morphine before
turns. BMI 18.7. DNR/DNI confirmed. Chaplain visit requested.
Son asked whether the wound "caused" the decline; explained it is more likely a sign of
how frail his body has become. Wound care continues for comfort only (foam, gentle turns).
"""),
]}

F17 = {"patient_id": "F17", "age": 41, "sex": "F", "notes": [
("2024-08-20", "PD Clinic Dietitian Note", """
PD CLINIC -- RD NOTE

41F on APD (cycler, 5 cycles, last fill 1 L), T1DM since age 9, MDI with glargine/aspart,
uses both thighs for every injection. PE 2023 on apixaban (no warfarin).
74.3 kg on 163.5 cm: BMI 27.8.
Labs: Alb 3.5  Phos 5.9  K 4.1  A1c 7.9
Carb counting refresher, ratio 1 unit : 12 g; PD dextrose load reviewed, icodextrin for
the day dwell.
Phos: education on additives (deli meat, colas), binder timing with the largest meal.
Protein target 90 g/d (1.2 g/kg); she's at ~70 g.
Plan: Greek yogurt + eggs at breakfast, f/u 1 mo.
"""),
("2024-09-17", "Dermatology Visit", """
DERMATOLOGY

41F on PD, T1DM on MDI, apixaban.
Three weeks of a tender R anterior thigh nodule plus lacy purplish mottling on both thighs,
worse in the cold.
Exam: livedo racemosa both thighs, 2 cm tender subcutaneous nodule R anterior thigh, no
ulcer, no eschar. Some lipohypertrophy at her injection areas.
No recent injury, heat or new garments. No fever.
Labs (PD clinic): Ca 9.8  Phos 6.1  iPTH 520
Concern for calciphylaxis vs lipohypertrophy-related panniculitis vs livedoid vasculopathy.
Today: R anterior thigh nodule sampled, 4 mm punch, 1 suture.
"""),
("2024-10-01", "Dermatology Follow-up", """
DERMATOLOGY FOLLOW-UP

Path: sample too superficial; septal panniculitis; von Kossa shows no vascular
calcium here. Nondiagnostic.
Exam unchanged: livedo both thighs, R anterior thigh nodule 2 cm, no ulcer.
Calciphylaxis remains possible; only a deep incisional specimen would settle it.
She declined - relocating next week (sister lives 3 states away). Records sent, told to see
derm there promptly and to ask her new PD unit about sodium thiosulfate if it ulcerates.
Until then, insulin shots into the upper arms instead, keep binder with meals, avoid
cold exposure of the legs. Nephrology (Dr. Falkner) informed of the unresolved question.
BMI 27.6.
"""),
]}

F18 = {"patient_id": "F18", "age": 59, "sex": "F", "notes": [
("2019-11-05", "Inpatient Nutrition Assessment", """
CLINICAL NUTRITION -- INPATIENT ASSESSMENT

59F, ESRD (outpt HD at Larch Hill); admitted 10/29 with L leg DVT. Heparin drip
stopped 10/31 (HIT suspected), warfarin started 10/30, argatroban from 11/4. No diabetes.
Calculated BMI = 30.0 (81.0 kg; 164.3 cm).
Intake 50-75% of meals, dislikes the hospital renal menu.
Labs: Alb 3.4  Phos 5.0  K 5.1
Dx: Inadequate oral intake r/t altered taste and menu restrictions AEB meal intake 50-75%.
Int: renal diet 2 g Na, 2 g K, high protein snacks, ONS with dinner, menu preferences
entered. Vit K intake kept consistent while on warfarin.
Follow-up 3 days.
"""),
("2019-11-07", "Dermatology Inpatient Consult", """
DERMATOLOGY -- INPATIENT CONSULT

59F on HD, L leg DVT, warfarin since 10/30 without an overlapping heparin bridge after
heparin was stopped for suspected HIT.
Since 11/4 painful necrotic plaques on her R breast and L thigh, darkening fast.
Exam: R breast 7x5 cm and L anterior thigh 9x6 cm purpura with blood-filled
blisters, centrally black and necrotic.
Differential: warfarin-induced skin necrosis; HIT-related necrosis; calciphylaxis.
Protein C activity 38% (L).
Procedure: punch biopsy L thigh plaque edge.
Hold warfarin pending results; argatroban continues.
"""),
("2019-11-12", "Dermatology Follow-up", """
DERMATOLOGY -- FOLLOW-UP

Path: venules of dermis and subcutis occluded by fibrin thrombi; no calcium deposits;
von Kossa negative as well.
Diagnosis now settled as warfarin-induced skin necrosis; the pathology excludes
calciphylaxis.
Warfarin stopped for good; argatroban continues, then apixaban at discharge.
Exam: R breast and L thigh plaques demarcating, no spread, no infection.
Plan: wound care to R breast and L thigh (hydrogel + nonadherent), plastics consult for
possible later debridement, pain control, RD following intake.
Hematology: protein C deficiency work-up after the acute phase; warfarin should not be
restarted without a full parenteral bridge, and is best avoided altogether.
Nephrology aware; HD schedule unchanged.
"""),
]}

F19 = {"patient_id": "F19", "age": 38, "sex": "M", "notes": [
("2025-04-08", "Bariatric Surgery Initial Nutrition Evaluation", """
BARIATRIC SURGERY -- INITIAL NUTRITION EVAL

38M, class I obesity, T2DM on glargine 40 u daily, CKD 3a (eGFR 52), HTN. Not on
anticoagulants.
BMI 34.1 (Wt 108.3 kg, Ht 178.2 cm). Highest adult wt 114 kg.
Family: brother died in 2023 of calciphylaxis while on HD; pt anxious about his kidneys
and asks whether surgery helps. Skin intact.
Recall: large portions, fast food 4x/wk, 1-2 L sugary drinks daily, late-night eating.
Labs: A1c 8.8  Alb 4.2  K 4.6  Phos 3.9
Plan: sleeve vs bypass discussion, protein goal 80-90 g, stop sugary drinks, food diary.
Will need 3 more visits before surgery clearance.
"""),
("2025-10-14", "Bariatric Post-op Dietitian Follow-up", """
BARIATRIC POST-OP RD FOLLOW-UP

3 months s/p sleeve gastrectomy (7/2025), recovering well.
Wt 93.4 kg, BMI 29.4. Glargine down to 12 u daily, no lows.
CKD 3a stable, eGFR 55, K 4.4.
Skin: clear, nothing suggesting calciphylaxis (he checks his legs every night since his
brother's illness).
Protein ~70 g/d, fluids 1.8 L, chewable MVI + calcium citrate + vit D.
Tolerating soft solids, occasional reflux, no vomiting. Walking 30 min most days.
Plan: protein up to 80 g, resistance exercise 2x/wk, labs at 6 months, RTC 3 mo.
"""),
]}

F20 = {"patient_id": "F20", "age": 67, "sex": "F", "notes": [
("2016-02-16", "PD Clinic Renal Dietitian Education", """
PD CLINIC -- RENAL DIETITIAN EDUCATION

67F on CAPD (4 exchanges), T2DM on sitagliptin (renally dosed), HTN.
Labs: Phos 7.8 (H)  Ca 9.4  PTH 410  Alb 3.6  K 3.9
Wt 73.6 kg, Ht 161.8 cm, BMI 28.1.
Diet: cola daily, packaged ham and processed cheese, frozen dinners 4x/wk.
Education: hidden phosphorus additives (look for "phos" on labels), binder with every meal
and snack, fresh meat instead of deli meat.
Explained that high phos and a high Ca x phos product raise the risk of vascular
calcification and calciphylaxis, a painful skin condition; she says a friend from the unit
had it last year. Skin intact, no concerns.
Handouts given; teach-back done.
"""),
("2016-05-24", "PD Clinic Renal Dietitian Follow-up", """
PD CLINIC -- RD FOLLOW-UP

67F CAPD, T2DM on sitagliptin. Peritonitis-free 2 yrs. Weekly Kt/V 2.0.
Labs: Phos 5.2 (improved from 7.8)  Ca 9.2  PTH 350  Alb 3.7  K 4.0  A1c 7.0
Wt 73.1 kg, BMI 27.9. Mild ankle edema, no change in fill volumes.
Changes made: colas stopped, deli meat swapped for fresh chicken, binder taken with snacks;
still has a frozen dinner twice a week, we picked two lower-phos brands together.
She asked again about the skin problem her friend had: skin exam unremarkable; no
calciphylaxis. Reassured; keeping phos down is the best prevention.
Continue binder and label reading; praise given. Next review in 3 months.
"""),
]}

PATIENTS = [F15, F16, F17, F18, F19, F20]
