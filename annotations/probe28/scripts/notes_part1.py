"""probe28 corpus notes, R01-R07 (palliative care and hospice; all invented)."""

R01 = {"patient_id": "R01", "age": 74, "sex": "F", "notes": [
("2020-02-11", "Palliative Care Consult", """
PALLIATIVE MEDICINE - INITIAL CONSULT
Requesting: Dr. Vandermeer (nephrology)   Reason: pain, GOC
Source: pt, daughter Anjali at bedside, chart

HPI: 74F w/ ESRD on in-center HD Tu/Th/Sat via L brachiocephalic AVF, T2DM on basal-bolus insulin, HFpEF. Admitted 2/8 w/ uncontrolled pain from an L lower abdominal wound. Per daughter it began 3 weeks ago as a hard, dusky patch "the size of a plum" below and left of the navel, with a black centre forming since. Anjali has given every insulin dose since June 2019 after her mother's vision failed, and she says she always used "the left side of the tummy, under the belly button, because Mum is left-handed and it was what she was used to".
Derm punch bx 2/9: calcification of small subcut vessels w/ thrombosis and fat necrosis -> calciphylaxis, confirmed.

Exam: frail, uncomfortable when the sheet is moved. LLQ abdomen: 7 x 5 cm black eschar, rim of violaceous net-like skin reaching 2 cm past the eschar edge. Exquisitely tender. No drainage.

ESAS: pain 9/10, fatigue 7, appetite 2, anxiety 6. PPS 40%.

A/P:
1. Calciphylaxis, LLQ, at her insulin injection area - severe neuropathic/ischemic pain. Start hydromorphone 0.2 mg IV q3h PRN (avoid morphine w/ ESRD), gabapentin 100 mg after each HD. 
2. GOC - family meeting Thurs.
"""),
("2020-02-13", "Family Meeting Note", """
Family meeting, 4th floor conference rm, 45 min.
Present: pt (participated briefly), daughter Anjali, son Ravi (phone), Dr. Ostrowski (palliative), SW Deb Fairley, RN Jo.

Pt's understanding: "the black sore on my tummy is not going to heal, is it". Anjali cried, said she feels she caused it - "I put the needle in that same place every day for months". We explained that the disease, calciphylaxis, comes from calcium blocking tiny vessels in the skin, that kidney failure is the main reason, and that the needle spot may have been where it showed itself first but she did not cause the illness.
Prognosis: discussed weeks to a few months, shorter if HD is stopped.
Values: no more hospital stays, wants to be home with her cat, wants to keep HD "until after Ravi flies in late February".
Decisions: DNR/DNI signed. Home hospice referral w/ HD continued for now (concurrent care approved). Insulin to move to the R upper arm per endo - simplified to glargine only.
"""),
("2020-02-20", "Hospice Admission", """
HOSPICE ADMISSION ASSESSMENT - Bridgeway Home Hospice
Terminal dx: ESRD. Related: calciphylaxis (bx 02/09/2020), DM2, CHF.
PPS 40%. Ht 157 cm, Wt 83 kg, BMI 33.6 (obese, though she has lost about 4 kg this month).
Meds: glargine 10 u daily (daughter gives in R arm now), sevelamer, hydromorphone PO 1 mg q4h prn, gabapentin, senna. No anticoagulants, never on coumadin.
Skin: LLQ wound unchanged in size, black dry eschar, strong odor at times. Comfort dressing: metronidazole gel to edges, ABD pad, paper tape kept away from the skin.
Pt rates pain 5/10 at rest, 8 w/ dressing change. Premedicate 30 min before.
Daughter teaching done - she can show back the dressing change.
"""),
]}

R02 = {"patient_id": "R02", "age": 66, "sex": "M", "notes": [
("2022-02-03", "Outpatient Palliative Care Visit", """
Supportive & Palliative Care Clinic - return visit
66 yo man; ESRD due to ADPKD, on nightly cycler peritoneal dialysis since 2019. AF, was on warfarin for years, moved to apixaban by cardiology last fall. Not diabetic.

Interval: since January he has a painful black area on his R flank. Nephrology (Dr. Huang) saw it last week and diagnosed calcific uremic arteriolopathy on clinical grounds; a biopsy was offered and he declined ("nobody's cutting a piece out of me"). 
He tells me the area is exactly where he has been sleeping on top of his electric heat pad since Thanksgiving - he slept on it most nights for the dull ache of his big cystic kidneys. Wife confirms he "practically lived on it" from Thanksgiving Day onward.

On exam R flank, mid-axillary line: stellate black eschar, 4 cm, in a field of purple mottled skin, firm to touch. Other skin intact.
Wt 81 kg, BMI 27.2.

Plan: heating pad stopped, pt agreeable. Pain: oxycodone 2.5 mg (half a tab) up to q6h; lidocaine 5% patch near (not on) wound. Talked about what matters most - fishing trip w/ grandson in April.
"""),
("2022-02-10", "Symptom Management Phone Note", """
Tel call from wife (Marlene) re: pain.
She says the "black patch on his side" is bigger, maybe the size of a playing card now, and he can't lie on his right at all. Oxycodone helps about 2 hrs. Not sleeping. No fever, PD effluent clear.
Advised: increase oxycodone to 5 mg q4h prn, senna 2 tabs hs. Pillow wedge to keep him off the R side. Keep the heating pad away - she says it went in the garage.
Will see Tues; she asked about hospice, info given.
"""),
("2022-03-01", "Hospice Visit Note", """
RN visit, Cedar Valley Hospice. S: "I'm sore but I'm home." Pt enrolled 2/24, continuing PD per his wishes.
O: R flank wound now 7 by 6, leathery black eschar, dry edges, mild odor. Surrounding livedo wider than last visit. Skin elsewhere intact.
Pain 4/10 on methadone 2.5 mg bid (started by hospice MD) + oxycodone prn.
A: calciphylaxis, progression of eschar, pain better controlled.
P: foam dressing q3d, no sharp debridement per goals. Pt still hopes for April fishing trip; family aware it may not happen.
"""),
]}

R03 = {"patient_id": "R03", "age": 59, "sex": "F", "notes": [
("2023-04-18", "Hospice Admission", """
Hospice admission H&P - Larkspur Hospice House
59 y/o woman, six years on hemodialysis for ESRD, who chose to withdraw from dialysis on 4/15 after long conversations with her nephrologist. Last HD session 4/14. Also: cardiomyopathy EF 20%, neurogenic bladder with indwelling Foley since spinal stenosis surgery. A1c 6.1 - "pre-diabetic" per PCP, no diabetes meds, not diabetic.

Skin: L posterior calf, a 6 x 3 cm band-shaped plaque, violaceous with central black necrosis, running horizontally right where the elastic strap of her urine leg bag sits. Pt says the strap has been around that calf every day since she came home from Mercy on March 2, and "it always left a deep red groove". The pain started on Easter Sunday; the wound was biopsied at Mercy 4/13 and read as calciphylaxis.
Other skin: sacrum intact, heels intact.

Ht 165 cm, Wt 81.7 kg, BMI 30.0.
No anticoagulation.
Prognosis after stopping HD: days to 2 weeks. 
Plan: leg bag moved to R thigh w/ wide soft strap; L calf left free. Morphine avoided - fentanyl SC prn.
"""),
("2023-04-21", "Comfort-Focused Wound Care", """
WOUND CARE - comfort goals only
Location: L calf, posterior. 6.5 x 3.2 cm, 90% black eschar, 10% yellow slough at edges, no undermining. Periwound purple/lacy, cool. Odor mild. Exudate scant.
Pain w/ care 7/10 -> premedicated fentanyl 25 mcg SC 20 min prior.
Care: cleansed gently w/ saline, no scrubbing. Non-adherent contact layer, gauze, rolled tubular bandage (no tape on skin). Change every 3 days or when soiled.
Not for debridement. Goal: odor and pain control, dignity.
"""),
("2023-04-28", "Hospice RN Visit", """
Brief visit, pt sleeping most of the day, responds to voice. Daughter Kelsey and husband at bedside. 
Mottling of both knees and feet today. Breathing irregular with pauses. Urine output minimal via Foley.
Leg wound unchanged, dressing dry and intact, not disturbed.
Husband asked "will the black leg sore hurt her at the end" - explained we will keep her comfortable and that fentanyl is scheduled now. 
Family aware death likely within hours to days. Chaplain to visit this afternoon.
"""),
]}

R04 = {"patient_id": "R04", "age": 81, "sex": "M", "notes": [
("2018-10-29", "Palliative Medicine Consult", """
Palliative Medicine consult - outpatient, Kidney Supportive Care Clinic
81M, end-stage kidney disease (eGFR 8), chose conservative kidney management in 2017 - no dialysis, and he remains firm on that. Mechanical mitral valve (St Jude, 2009) - on warfarin, his INR runs around 3. No diabetes. 

Presenting concern: a painful R upper arm sore. Admitted in August for endocarditis; a PICC went into the right upper arm 8/14/2018 for six weeks of IV antibiotics and pulled 9/20. In mid-October he noticed a hard purple lump exactly at the old PICC entry point, on the inner arm, now broken open into a dime-sized black ulcer ringed by a purple lacy halo that keeps widening.
Dermatology punch biopsy 10/24: medial calcification of subcutaneous arterioles, intimal hyperplasia, thrombi - calciphylaxis (non-dialysis). Given warfarin, cardiology asked to weigh apixaban, but not an option with his valve.

Wt 68 kg, BMI 22.8.
Symptoms: pain 6/10, burning; poor sleep; appetite fair.
Plan: acetaminophen 650 tid, low-dose hydromorphone prn, discuss sodium thiosulfate vs comfort approach at next visit with family.
"""),
("2018-11-06", "Goals of Care Conversation", """
GOC conversation (clinic, 50 min) with pt, wife Helga and son Tomas.
Pt: "I have had a good long life. I don't want needles three times a week." Declines IV sodium thiosulfate since it would need a new line or HD access.
We talked about what the sore on his arm means - it is a sign of calcium in the blood vessels, from the failing kidneys and worsened by the blood thinner, and it may not heal. Helga asked whether taking out the IV line "gave him" the sore - we explained the line site is where it appeared, the cause is the underlying disease.
Agreed: comfort-focused care, home hospice referral, continue warfarin for the valve for now (pt's choice, aware of risks). POLST: DNR, comfort measures.
"""),
("2018-11-20", "Home Hospice Visit", """
Hospice RN home visit. Pt in recliner. Wife reports pain ok in daytime, worse at night. 
R upper arm wound: 2.5 cm black eschar with ring of violaceous skin, no drainage, edges dry. New small purple patch 3 cm above it. 
Dressing: petrolatum gauze + loose tubular sleeve. 
Analgesia: oral hydromorphone 1 mg up to every 4 h, using 3-4 doses/day. Added scheduled acetaminophen hs. 
Appetite poor, sleeping more. PPS 50 -> 40.
Spiritual: Lutheran pastor visits weekly.
"""),
]}

R05 = {"patient_id": "R05", "age": 77, "sex": "F", "notes": [
("2025-01-20", "Hospice Visit Note", """
Hospice RN routine visit - Sunridge Hospice (home)
Pt is a 77 yo F admitted to hospice 12/2024 for end-stage heart failure; also ESRD on HD MWF (still dialyzing per her wish), T2DM on insulin pen - pt injects into her abdomen herself.
New problem: pt slipped in the bathroom New Year's Eve, falling onto her right side; she had a big bruise over the R hip that was fading. 6 days ago a new, very painful hard area appeared in that same spot, now purple-black, approx 5 by 4 cm, starburst of purple lines around it, R lateral hip. Pain 8/10, burning, worse lying on R side.
No fever. Skin otherwise intact; sacrum intact.
Wt 96 kg, Ht 165 cm (BMI 35.1).
Called hospice MD (Dr. Pellegrino) - concern for calciphylaxis vs hematoma breakdown. Dialysis unit notified.
Plan: oxycodone 5 mg q4h prn, reposition to L side/back with pillows, keep warm/cold packs off that hip.
"""),
("2025-01-24", "Palliative Care Follow-up", """
Palliative MD home visit, joint with hospice RN.
Reviewed the R hip lesion with nephrology (Dr. Abernathy) by secure photo and phone: she has seen the pt at the unit 1/22 and diagnoses calciphylaxis clinically - classic retiform purpura with central necrosis in a pt on HD, in an area of prior trauma from the fall. Family and pt declined biopsy; we agree it would not change comfort-focused plan.
Exam: R lateral hip, 6 x 5 cm necrotic plaque w/ black center, indurated, tender to light touch. 
Meds: insulin glargine 14 u (abdomen), oxycodone as above - using 4/day. Add gabapentin 100 mg after HD. Sodium thiosulfate w/ HD offered by nephro - pt will try it "as long as it doesn't make me feel worse".
Not on warfarin; takes aspirin 81 only.
"""),
("2025-02-03", "Family Meeting", """
Family meeting at home. Present: pt, husband Gerald, daughters Bev and Lorna, hospice SW, palliative MD.
Bev: "Mum's hip looks like a burnt patch, is that the calcium thing the kidney doctor said?" Yes - reviewed in plain words.
Pt tired of HD and STS, 3rd treatment made her nauseous. Wants to stop dialysis after her grandson's wedding on 2/15. Family supportive though Gerald struggling.
Explained what dying after stopping HD usually looks like (sleepiness, 1-2 weeks). Plan to revisit 2/16. Continuous care to be discussed then.
"""),
]}

R06 = {"patient_id": "R06", "age": 70, "sex": "F", "notes": [
("2020-11-09", "Inpatient Palliative Care Consult", """
PALLIATIVE CARE CONSULT NOTE
Reason: pain, goals. Requested by hospitalist Dr. Kaur.
70 y.o. woman; ESRD (HD by way of a tunneled R IJ line); left MCA stroke in September 2020 w/ R hemiparesis, at a SNF since. Hx of warfarin for a DVT in 2016, stopped after GI bleed 2019. No DM. 
At the SNF she has been getting SC heparin 5000 units tid for DVT prophylaxis since the stroke; the MAR shows every dose given into the thighs, alternating L and R anterior thigh.
On 11/02/2020 the SNF nurse found painful dusky purple areas on both anterior thighs; by admission they were ulcerating with black centers. Biopsy L thigh 11/6: calciphylaxis (von Kossa +).
Exam: bilat anterior thighs w/ multiple 2-5 cm necrotic ulcers on a background of livedo racemosa, R > L. Aphasic but grimaces w/ touch.
Wt 79 kg, BMI 31.2.
Plan: heparin changed to... discussed with primary, since bedbound and now comfort leaning, stop chemical prophylaxis. Fentanyl 12.5 mcg IV prn, PAINAD scoring q4h. Family meeting 11/12.
"""),
("2020-11-12", "Family Meeting", """
Family meeting - Present: husband Walter, sons Denny and Craig, palliative NP, nephrology fellow, bedside RN.
Walter asked "are these the heparin shot spots going bad?" - explained that the sores appeared where the shots were given, and the disease is calciphylaxis: calcium clogging the little vessels of the skin, related to her kidney failure. These wounds rarely heal and carry a high risk of infection.
Patient cannot make decisions (aphasia, inconsistent yes/no). Walter is HCPOA. Her values per family: "she would never want to live in a bed unable to talk."
Decision: stop HD after Friday's run, comfort care, transfer to inpatient hospice. DNR.
"""),
("2020-11-30", "Hospice Admission", """
Inpatient hospice admission - St. Brendan's Hospice Unit
Dx: calciphylaxis, ESRD (HD withdrawn 11/13 - resumed briefly on 11/20 at family's request, then stopped again 11/27), CVA w/ aphasia.
Wt 72 kg, BMI 28.4 - much weight lost.
Skin: both thighs with black ulcers, largest R mid-thigh 6 cm. Malodorous. Sacrum blanching redness.
Meds: fentanyl patch 12 mcg/h, midazolam prn, glycopyrrolate prn.
Not on any anticoagulant.
"""),
("2020-12-14", "Hospice Visit", """
Pt declining. Unresponsive since yesterday, mottled feet, apneic spells. Thigh wounds dressed w/ charcoal dressing for odor, changed daily with premedication. 
Husband at bedside, sons coming tonight. Ready.
"""),
]}

R07 = {"patient_id": "R07", "age": 63, "sex": "M", "notes": [
("2020-01-08", "Palliative Care Clinic", """
Palliative Care Clinic - new pt
63M, DM2 on insulin (degludec + aspart), morbid obesity, ESRD - PD since 2017, switched to in-center hemodialysis 12/2019 after recurrent peritonitis. Never on warfarin.
CC: "the sore on my knee is killing me."
He has had bad OA of the L knee and for months used frozen ice packs on it several times a day - he dates this to last summer, "that was when the knee really flared, I kept a bag of ice on it all through the heat wave". Around Halloween a tender, dusky-violet area showed up medially at that knee. It has since broken open. Derm biopsied it 12/12/2019 - calciphylaxis.
Exam: medial L knee: ulcer 5 by 4 cm, its base black eschar and violaceous indurated edge; fine livedo above and below. R knee skin normal.
Wt 138 kg, BMI 41.0.
ESAS pain 8, depression 5, SOB 2.
Plan: stop ice (agrees), methadone low dose start w/ pharmacy; insulin sites: abdomen. Social work re caregiver strain (lives w/ elderly mother).
"""),
("2020-01-22", "Wound Care Note (Comfort-Focused)", """
Comfort-focused wound consult (palliative wound RN)
Site: L medial knee. 5.5 x 4.2 cm. Wound bed: black adherent eschar 80%, pale slough 20%. Periwound: purple, indurated, no fluctuance. Exudate light serous. Odor none.
Pain during assessment 6/10 after methadone.
Goals discussed w/ pt: "I want it to stop hurting and not smell, I know it won't close."
Plan: keep eschar dry and intact, cadexomer iodine to edges, bordered foam, change 3x/wk by his sister. No compression wrap on that leg.
"""),
("2020-02-05", "Hospice Admission", """
Hospice admit - Whitfield Home Hospice
Terminal dx: calciphylaxis w/ ESRD; pt stopping HD after tomorrow's run (decision made w/ nephro 2/3). Pt understands likely death in 1-2 wks.
Obese, BMI 40.6. DM2 - insulin reduced to degludec 10 u, sliding scale stopped.
Skin: L knee wound enlarged 7 cm, new purple patch L lower thigh just above it. 
Meds: methadone 2.5 mg bid, hydromorphone 1 mg q2h prn, haloperidol prn nausea.
Pt's wish: watch the Super Bowl with his nephews. 
"""),
]}

PATIENTS = [R01, R02, R03, R04, R05, R06, R07]
