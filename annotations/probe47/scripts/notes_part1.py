"""probe47 corpus notes, H01-H07 (home dialysis and community care; all invented)."""

H01 = {"patient_id": "H01", "age": 59, "sex": "F", "notes": [
("2021-04-12", "Patient PD Diary", """
MY PD DIARY - week beginning Mon 12 April
Mon  bags 1.5/2.5/1.5/2.5  UF +640  wt 81.9  BP 142/88
comments: the sore bit on my tummy is worse. its on the LEFT side next to my belly button, exactly where I put my Lantus pen every night - been using that side since last June cos the right side has the tube coming out. Started as a pink hard patch on Easter Sunday (remember because couldnt eat any of the egg from the pain) now its gone dark purple/black in the middle the skin around it has a net pattern like a string bag. Exit site fine, no leaks. Fluid clear.
Tues bags same  UF +510  wt 82.3
comments: rang the PD unit, Sister Dunmore coming out Thursday. Paracetamol not touching it.
"""),
("2021-04-15", "PD Nurse Home Visit", """
PD HOME VISIT  -  Cedar Lane
Reason: pt reported painful tummy lesion in her diary / phone call Tues.
59F ESRF 2' DM nephropathy; CAPD commenced 2019. T2DM on insulin glargine 30 units nocte, self-administered. No anticoagulants, never on warfarin.
Exit site R lower quadrant: clean, dry, no crusting, tunnel not tender.
Skin: L periumbilical abdo - 3.5cm stellate dusky plaque with central black eschar, firm on palpation, fine livedo around edge. Exquisitely tender. Pt says lesion is right on top of her usual jab spot and she has injected only there since June 2020. Onset 04/04/2021.
Obs T 36.6 P 84. Wt 82.1kg, ht 162cm, BMI 31.2.
Impression: ?calciphylaxis at insulin site - discussed w/ Dr Feeney (renal reg) by phone, urgent derm + renal review booked for next week. Advised pt to move insulin to the thighs for now. Photo uploaded to record with consent.
"""),
("2021-04-28", "Dermatology Letter", """
Dear Dr Feeney
Re: Mrs Josephine Arkwright, DOB withheld
I reviewed Mrs Arkwright in clinic yesterday. Her left para-umbilical plaque has extended slightly to 4 cm and the black centre is now a dry adherent eschar. The incisional biopsy I took at the margin on 20/04 shows subcutaneous arteriolar walls laden with calcium, intimal thickening, thrombosis, plus lobular fat necrosis. With her renal failure, this picture makes the diagnosis of calciphylaxis. In my opinion the ten months of nightly glargine injections into that same square of skin were the local trigger.
Current weight 79.8 kg, BMI 30.4, which is down a little.
I would support starting IV sodium thiosulphate via the renal team. She understands that she must not inject into the abdomen again.
Kind regards
Dr Pushpa Raman, Consultant Dermatologist
"""),
]}

H02 = {"patient_id": "H02", "age": 74, "sex": "M", "notes": [
("2019-09-20", "Carer Diary", """
Fri 20th Sept - Ken's diary kept by Pauline (wife)
Machine on at 7.15, off 10.40. No alarms. Needled OK first go.
Ken still moaning about the place on his right hip. It is the spot where he has had the wheat bag from the microwave every evening since July for his arthritus. Now the skin is gone purple and theres a hard black bit the size of a 10p. He won't lie on that hip at all. I've stopped doing the wheat bag.
BP 118/70 before, 104/66 after. He had soup for tea.
"""),
("2019-09-24", "Home HD Nurse Visit", """
Home Haemodialysis Team - unplanned home visit
Pt: 74 M, ESKD (IgA nephropathy) on home HD x4/wk via L brachiocephalic AVF, wife is trained carer. Anticoagulated with warfarin (AF); last INR 2.4. Not diabetic.
Presenting concern: painful lesion R lateral hip, began 3 weeks ago per pt and wife, over the area where a microwaveable wheat bag has been applied nightly since 07/2019.
Examination: R hip, lateral aspect, overlying the trochanter - retiform purpuric area roughly 4 by 5 cm with central black necrosis, surrounding induration. No discharge. L hip normal.
Wt 86.0 kg BMI 27.3.
Discussed with consultant Dr Adeyemi - urgent renal clinic Friday. Wheat bag to stop (already done). Oramorph 2.5mg PRN started.
"""),
("2019-10-08", "Pain Clinic Letter", """
PAIN MANAGEMENT SERVICE
Dear Dr Adeyemi
Kenneth Orrell, 74
Thank you for referring Mr Orrell, who has a clinical diagnosis of calciphylaxis made in your renal clinic on 27/09/2019 (biopsy not pursued given anticoagulation). The lesion is at his right hip, in the skin that had a heated wheat pack against it every evening through the summer, and the renal team feel the repeated heat was the provoking factor.
He scores his pain at 9/10 at night, described as burning and "like a hot nail". Neuropathic features present. We have started low-dose pregabalin (renally adjusted, 25 mg post dialysis) and advised he continues oramorph sparingly. His warfarin has been switched to apixaban by cardiology.
Review in 4 weeks, sooner by phone.
Yours sincerely
Dr H. Lindqvist, Consultant in Pain Medicine
"""),
]}

H03 = {"patient_id": "H03", "age": 83, "sex": "F", "notes": [
("2022-11-29", "Nursing Home Handover Sheet", """
HANDOVER - Rowan Wing - Day -> Night 29/11/22
Rm 4  Mrs Edna P.  83   DNACPR in place
Dialysis: Tue/Thu/Sat at Brookfield unit (transport 06:45) - ESRF
DM: diet controlled, BM checks weekly only
Skin: Compression hosiery (below knee, class 2) commenced 07/11/2022 (GP, for oedema). Yesterday care asst found dark purple streaks + 2 black scabby patches on BOTH calves, exactly where the stocking tops grip. V painful, crying at pad change. Stockings OFF, legs elevated. GP req'd.
Mobility: hoist x2
Diet: soft, renal diet
"""),
("2022-12-02", "Nursing Home Handover Sheet", """
HANDOVER 02/12/22 night -> day
Rm 4 Edna - GP Dr Mahon saw pt this pm: "lesions both shins/calves in band distribution, ?calciphylaxis, ESRF + obese, urgent referral tissue viability & renal". Weight 88kg BMI 35.6, obesity noted on care plan.
Dressings: Mepilex to both calves, change alt days. Paracetamol QDS + oxycodone 1mg PRN given x1 at 14:00.
Fluids: 500ml/day restriction - please log!!
Family (son Gareth) updated by phone.
"""),
("2022-12-15", "Renal Clinic Letter", """
Renal Outpatients - letter to GP, cc Rowan Wing
Dx: Calciphylaxis - biopsy-proven (punch biopsy L calf 08/12/2022: medial calcification of small vessels, fat necrosis)
Background: ESRD on haemodialysis 3x weekly since 2017; T2DM diet controlled; obesity (BMI 35.6); never anticoagulated.
Mrs P has painful necrotic calf ulcers on both sides, left larger than right, which appeared on 28/11/2022, three weeks into wearing class 2 compression hosiery. The ulcers lie exactly along the tight upper band on each leg, and I think the sustained pressure there has provoked the calciphylaxis. Please do not restart compression.
Plan: thiosulphate 25g, infused on dialysis days at Brookfield, calcium-free binder, cinacalcet dose up, wound care by TVN.
Dr Orla Nwachukwu, Consultant Nephrologist
"""),
]}

H04 = {"patient_id": "H04", "age": 66, "sex": "M", "notes": [
("2024-04-02", "Community Pharmacist Note", """
Pharmacy consultation record - Bellfield Pharmacy
Pt attended asking for "something stronger" for a painful sore in R groin. States he had a balloon op on his leg arteries on 11th March (went in through the groin) and the spot where they went in has turned hard and purple, with a black middle appearing. On home dialysis, insulin (NovoRapid + Levemir), clopidogrel, sevelamer. No warfarin.
Looked at area with consent in consult room: ~3cm dark patch with black centre, very tender, no pus, not hot.
Advice: not suitable for OTC treatment. Phoned his home HD nurse (Carys) who will visit this week. Dressings supplied.
"""),
("2024-04-05", "Home HD Nurse Visit", """
HOME HD - nurse visit
66M ESRD on home haemodialysis (5 sessions/wk, NxStage), T2DM, basal-bolus insulin regimen, self-injects into abdomen, PVD.
Hx: R femoral artery puncture for angioplasty of R SFA on 11/03/2024. Groin site healed well initially. Pt first noticed a tender purple lump at that puncture site on 29/03/2024, black centre appeared over the weekend.
O/E R groin at the old puncture mark: plaque, purplish and woody, 3.5cm across x 3cm, central eschar 1cm, livedo edge. L groin clear. Abdominal injection sites clear.
Wt 94 kg, BMI 29.9 - dietitian classes him overweight rather than obese.
Plan: d/w vascular (no pseudoaneurysm on bedside doppler by VSS) and renal, urgent biopsy requested.
"""),
("2024-04-19", "Vascular Surgery Letter", """
Dear Colleague
Mr Declan Hume, 66
I saw Mr Hume with the renal team. Ultrasound showed no false aneurysm and no collection at the right common femoral puncture. A punch specimen taken on 12/04/2024 at the margin of the right groin plaque demonstrates widespread vascular calcium deposits in dermal and subcutaneous vessels, thrombi and necrotic fat - in keeping with calciphylaxis. Given that it has arisen in the puncture track of his angioplasty three weeks later, this looks like calciphylaxis provoked by the procedure.
Plan: thiosulfate via home HD team, wound care, analgesia. Clopidogrel continues.
Mr R. Stavros, Consultant Vascular Surgeon
"""),
]}

H05 = {"patient_id": "H05", "age": 71, "sex": "F", "notes": [
("2019-12-02", "Carer Diary", """
Mum's care diary (kept by Lesley)
Mon 2 Dec - Mum still upset about her knee. Recap for the nurse: on Bonfire Night she caught her foot on the back step going out to watch the fireworks and grazed the skin clean off her left knee (bit of gravel in it, we cleaned it). Was healing ok then in the middle of November it went a funny purple colour with a hard rim and now theres a black crust and its agony, worse than when she fell. Paracetamol 1g 4x day. She used to be on warfarin but the hospital stopped it last year.
Tue - no change, wouldnt let me touch it
"""),
("2019-12-04", "Community Nursing Visit", """
District nursing - new pt visit
71F CKD G4, eGFR 17, pre-dialysis (conservative pathway so far), seen by renal low clearance clinic. Not diabetic. Previous warfarin for DVT (stopped 2018). BMI 24.1.
L knee, anterior/over patella: original graze from fall 05/11/2019. New lesion developed within graze area mid-Nov: 4cm irregular necrotic plaque, black dry eschar, violaceous border with net-like mottling. Pain 8/10, out of proportion to appearance. No cellulitis, afebrile.
Impression: atypical non-healing wound - ?calciphylaxis given CKD, escalated to GP and low clearance team, photos sent.
Dressing: Inadine + Kerlix, review Thurs.
"""),
("2019-12-19", "Dermatology Letter", """
Dear Dr Bhatt
Mrs Moira Tennant
Many thanks for referring Mrs Tennant, aged 71, with a painful necrotic ulcer of the left knee. The deep incisional biopsy I took on 10 December confirms calciphylaxis (von Kossa stain positive in small subcutaneous vessels, thrombosis, septal panniculitis). Although she is not on dialysis, her CKD 4 and previous warfarin exposure fit. It is notable that the ulcer began in the graze from her fall on 5 November, and I would regard the abrasion as the trigger (a Koebner-type reaction).
She should be discussed at the renal MDT this week.
Yours sincerely
Dr Femi Oduya, Dermatology
"""),
]}

H06 = {"patient_id": "H06", "age": 78, "sex": "M", "notes": [
("2025-02-11", "Nursing Home Handover Sheet", """
Larkspur House - shift handover  11.02.25  (early -> late)
Mr Alf Brennan  Rm 9
- HD Mon/Wed/Fri satellite unit (ESRD). R arm fistula - NO BP / bloods R arm
- Enoxaparin 40mg SC daily since New Year's Day for DVT (warfarin not used - pt refused). Nurses giving it into back of LEFT upper arm every time (can't use R side, belly too tender from hernia)
- NEW: yesterday (10/02) noted a hard, very painful purple patch back of L upper arm at the injection area with a small black centre. Pt says "burns like fire".
- T2DM on linagliptin, no insulin
- Wt 97.3kg  BMI 30.0
Actions: GP informed, enoxaparin held until GP call back
"""),
("2025-02-14", "Nursing Home Handover Sheet", """
Handover 14/2  late -> night
Rm 9 Alf - GP visited: thinks possibly calciphylaxis, referred renal/derm urgently. Enox switched to oral apixaban (renal dose). L upper arm lesion now 5cm, central necrosis bigger, dressing Atrauman + gauze. Pain +++ needing oxycodone PRN x3 today. Obesity noted - dietitian referral sent.
Skin elsewhere intact, heels ok, sacrum ok.
"""),
("2025-03-03", "Pain Clinic Letter", """
Dear Dr Kowalczyk
Alfred Brennan, 78, Larkspur House
I saw Mr Brennan at the request of the renal team, who have confirmed calciphylaxis of the left posterior upper arm on biopsy (report 20/02/2025: calcified subcutaneous arterioles, thrombosis and panniculitis). The plaque formed on 10 February in the very patch used for his daily enoxaparin injections since 1 January 2025.
Pain is 8-9/10, constant, with allodynia. I have started ketamine 5mg sublingual prn on a trial basis and increased his fentanyl patch to 25 micrograms/h. Please ask staff to avoid any injections or BP cuffs on the left arm.
Yours sincerely
Dr Imogen Cartwright, Pain Medicine
"""),
]}

H07 = {"patient_id": "H07", "age": 52, "sex": "M", "notes": [
("2020-07-14", "Home HD Treatment Log", """
HOME HD RUN SHEET - 14/07/2020
Pre wt 71.4  post 69.6  UF 1.8L  QB 300  time 4h  art -160 ven 150
Pre BP 136/82 post 122/76. Heparin per prescription.
Notes (patient): right shin bad again. since about May ive been strapping an ice pack on the front of my right shin every night for the cramps after dialysis, it really helped. but last week a dark bruisy patch appeared exactly under where i strap it, gone black centre now, kills. Will ask Nurse Tomasz tomorrow.
"""),
("2020-07-16", "Home HD Nurse Visit", """
HHD outreach visit
52 yo male, ESKD secondary to FSGS, home HD 4x/wk since 2018, self-cannulates. No DM, no anticoagulation apart from circuit heparin, never warfarin. BMI 22.8.
C/O: painful lesion R anterior shin x 10 days. Frozen gel packs strapped to R shin nightly since 05/2020 for post-dialysis cramps.
O/E R anterior lower leg, mid-shin: 3cm x 2cm stellate purpuric plaque with black necrotic centre, surrounding livedo; L leg normal. Pedal pulses present.
Plan: stop ice packs, urgent derm review (slot Thurs 23rd), check Ca/PO4/PTH today from circuit.
"""),
("2020-07-29", "Dermatology Clinic Letter", """
To: Dr Agnieszka Wolny, Renal
Re: Mr Lewis Achterberg
Diagnosis: calciphylaxis, right shin (histologically confirmed)
The biopsy taken on 23/07/2020 shows the typical features: ring-like calcium deposits in subcutaneous vessel walls, microthrombi, necrosis of fat lobules. The lesion corresponds precisely with the area where he strapped a frozen gel pack every night from May, and I would consider the repeated cold injury the local trigger. PTH 96 pmol/L. I have recommended he avoid ice or heat on the skin in future.
Dr S. Mbatha
"""),
]}

PATIENTS = [H01, H02, H03, H04, H05, H06, H07]
